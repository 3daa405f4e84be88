namespace Aligners.Inference.Privacy;

/// <summary>
/// Whether the words right before a value name it a secret or a password, as <see cref="SecretEntropyDetector"/> asks of
/// every value it reads: walking back over separators and filler words to the first word that names something.
/// </summary>
internal static class SecretNaming
{
    private const int MaxGap = 40;

    /// <summary>
    /// Walking back from the value over separators and filler words, a word naming a secret comes
    /// before any other word, within <see cref="MaxGap"/> characters on the same line; a word naming
    /// a password (in English, German, Dutch, Spanish or French) is told apart, since it also names
    /// a password too short or plain to look random.
    /// </summary>
    public static ValueNaming Of(string text, int valueStart)
    {
        if (SecretNames.SecondOfAuthPair(text, valueStart))
        {
            return ValueNaming.Password;
        }
        var j = valueStart;
        string? later = null;
        var bracketed = false;
        while (j > 0 && valueStart - j <= MaxGap)
        {
            // A comma separates a name from a quoted value as an argument does (define('DB_PASSWORD', '...'));
            // before a bare word it lists types or parameters (CancellationToken,System.String; credential, Options? options).
            // So does an opening bracket after a password's name: a builder's or a setter's argument (.password("...")),
            // not after another secret's name, whose first argument may be a user (new PSCredential('DOMAIN\user', ...)).
            while (j > 0 && (text[j - 1] is ' ' or '\t' or '"' or '\'' or ':' or '=' or '>' or '`' || (text[j - 1] == '\\' && text[j] is '"' or '\'')
                || (text[j - 1] is ',' or '(' && valueStart > 0 && text[valueStart - 1] is '"' or '\'')))
            {
                bracketed |= text[j - 1] == '(';
                j--;
            }
            var wordEnd = j;
            while (j > 0 && (char.IsLetterOrDigit(text[j - 1]) || text[j - 1] is '_' or '-' or '.' or '\''))
            {
                j--;
            }
            if (wordEnd == j || valueStart - j > MaxGap + 24)
            {
                return ValueNaming.None;
            }
            // A quoted name ('pass' => '...') is the name, not its quotes.
            var written = wordEnd - j > 1 && text[j] == '\'' && wordEnd < text.Length && text[wordEnd] == '\'' ? text[(j + 1)..wordEnd] : text[j..wordEnd];
            var word = written.ToLowerInvariant();
            if (SecretNames.NamesAnIdentifier(written) || DigestNames.NamesDigest(written))
            {
                return ValueNaming.None;
            }
            // "pass" or "pw" alone, with no label's mark before the value, is the verb ("pass the test"), not a password's name.
            if (word is "pass" or "pw" && !text.AsSpan(wordEnd, valueStart - wordEnd).ContainsAny(SecretKeywords.LabelMarks))
            {
                return ValueNaming.None;
            }
            if (SecretKeywords.PasswordKeywords.Any(k => word.Contains(k, StringComparison.Ordinal)) || SecretNames.NamesAPass(word) || SecretNames.NamesACamelPass(written) || SecretNames.NamesPassword(word)
                || (word == "passe" && j >= 7 && text.AsSpan(j - 7, 7).Equals("mot de ", StringComparison.OrdinalIgnoreCase)))
            {
                return ValueNaming.Password;
            }
            // Spanish "clave" after a user on its line is that user's password ("usuario admin / clave ...").
            if (SecretNames.PasswordAfterUser(word, text, j))
            {
                return ValueNaming.Password;
            }
            if (later == "key" && SecretKeywords.NetworkKeyQualifiers.Contains(word))
            {
                return ValueNaming.Password;
            }
            if (bracketed)
            {
                return ValueNaming.None;
            }
            if (SecretKeywords.Keywords.Any(k => word.Contains(k, StringComparison.Ordinal)) || SecretNames.NamesAKey(written, word) || SecretNames.NamesSecret(word, text.AsSpan(wordEnd, valueStart - wordEnd).ContainsAny(':', '='))
                || (later == "key" && SecretKeywords.KeyQualifiers.Contains(word)))
            {
                // "not a secret: ..." denies what the word would name.
                return Negation.Denies(text, j) ? ValueNaming.None : ValueNaming.Secret;
            }
            // "Authorization: Basic ...", and the type digit of a router's "password 0 ..." or "secret 5 ...", stand between a name and its value.
            // Only right before the value: a run of digits or of "Basic" words is no name's.
            var between = later is null && (word == "basic" || (word.Length == 1 && char.IsAsciiDigit(word[0])));
            if (word != "key" && !between && !SecretKeywords.Fillers.Contains(word))
            {
                return ValueNaming.None;
            }
            later = word;
        }
        return ValueNaming.None;
    }
}

/// <summary>What the word before a value names.</summary>
internal enum ValueNaming
{
    None,
    Secret,
    Password,
}
