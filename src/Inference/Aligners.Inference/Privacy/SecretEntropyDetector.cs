namespace Aligners.Inference.Privacy;

/// <summary>
/// Secrets without a recognisable shape (passwords, client secrets, opaque API keys, bearer tokens)
/// found by two signs together: a word that names a secret ("password", "Passwort", "secret",
/// "token", "api key", "bearer", an identifier holding one, such as DB_PASSWORD or accessToken, or
/// ending in _key, Key or _salt, such as azure_storage_key or AUTH_KEY) right before the value on the
/// same line, with only separators (: = , " ' `) or filler words ("is", "my") between; and a value,
/// read whole as <see cref="SecretValue"/> says (quoted values with any symbols), that looks random: at least <see cref="MinLength"/> characters from
/// three character classes (lower, upper, digit, symbol) with Shannon entropy of at least
/// <see cref="MinEntropy"/> bits per character, or at least 20 characters from two classes, one of
/// them digits, with at least 3.2 bits (hex and base64 keys). URLs, paths, e-mail addresses and
/// qualified names in code ("System.Int64") are not values, nor are an inlined file's base64, a
/// Twilio resource id and an Amazon Resource Name's parts (<see cref="PublicShapes"/>), nor a secret store's name for a secret
/// (<see cref="SecretStoreNames"/>) or a field keyed as an identifier (<c>trace_id</c>), nor a password hash (<see cref="PasswordHashes"/>);
/// a secret's word that a negation denies ("not a secret") names nothing (<see cref="Negation"/>). In an INI file's section
/// (<see cref="IniSections"/>) a password key's value counts even where its dots make it look like a qualified name.
/// </summary>
/// <remarks>
/// A word alone is not enough ("the token expires in an hour"), nor is randomness alone (commit
/// hashes, UUIDs and digests are random too). A guessable password of 8 characters or more
/// ("Sommer2024!") counts where a password word names it, right before it or in its clause
/// (<see cref="PasswordClause"/>), as does one of 6 or 7 with a symbol too ("Tulp2!") and a
/// passphrase of plain words (<see cref="Passphrase"/>); shorter ones, and short ones of letters and
/// digits alone ("hunter2"), are not found.
/// </remarks>
public sealed class SecretEntropyDetector : IPrivacyDetector
{
    /// <summary>The shortest value considered.</summary>
    public const int MinLength = 12;

    /// <summary>The lowest Shannon entropy, in bits per character, of a value from three or more classes.</summary>
    public const double MinEntropy = 3.0;

    private const int MaxGap = 40;

    /// <inheritdoc />
    public string Name => "entropy-secret";

    /// <inheritdoc />
    public IEnumerable<PrivacyEntity> Detect(string text)
    {
        var secretClauses = PasswordClause.SecretPossible(text);
        var clauses = PasswordClause.Possible(text) || secretClauses;
        bool? examples = null; // whether the text holds an example's words at all, searched once when a password first asks
        var i = 0;
        while (i < text.Length)
        {
            if (!IsValueChar(text, i))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && IsValueChar(text, i))
            {
                i++;
            }
            // A value starts a token: after a space, a quote or a name's separator, not inside a word.
            if (start > 0 && text[start - 1] is not (' ' or '\t' or '\n' or '"' or '\'' or '`' or ':' or '=' or ',' or '>' or '('))
            {
                continue;
            }
            // A URL's host part after its user information (@localhost:5432/app) says where it points, not what opens it.
            if (text[start] == '@' && UserInformation.OpensHost(text, start))
            {
                continue;
            }
            // A password hash (PHC string, bcrypt, SHA-crypt) is what a system stores instead of the password: no secret, whatever names it.
            if (PasswordHashes.Length(text, start) is var hash and > 0)
            {
                i = Math.Max(i, start + hash);
                continue;
            }
            // Only a value named as a secret is read whole, and then skipped whatever it turns out to
            // be, so no character is read twice; a value a password clause may name is read no
            // further than the longest guessable password.
            var naming = NamedAsSecret(text, start);
            // A Kubernetes env entry's value under a name: line naming a secret (EnvEntries).
            if (naming == Naming.None && start > 0 && text[start - 1] is ' ' or '"' or '\'' && EnvEntries.NamesSecret(text, start))
            {
                naming = Naming.Secret;
            }
            if (naming == Naming.None && !clauses)
            {
                continue;
            }
            // Plain words a password word names are a passphrase ("tundra velvet marble pepper").
            if (Passphrase.End(text, start) is var phraseEnd and > 0
                && (naming == Naming.Password || (naming == Naming.None && PasswordClause.Names(text, start))))
            {
                // A quoted example of a weak password, or words telling the reader to fill one in ("your-password-here").
                if (((examples ??= PasswordExample.Possible(text)) && PasswordExample.Quoted(text, start, phraseEnd))
                    || Placeholders.IsPlaceholder(text.AsSpan(start, phraseEnd - start)))
                {
                    i = Math.Max(i, phraseEnd);
                    continue;
                }
                i = Math.Max(i, phraseEnd);
                yield return new PrivacyEntity(PrivacyTypes.Credential, start, phraseEnd - start, Name, 0.7);
                continue;
            }
            var limit = naming == Naming.None && !secretClauses ? SecretValue.MaxGuessable + 1 : SecretValue.MaxLength;
            var end = SecretValue.End(text, start, limit);
            // A password's symbols are its own, brackets and all (E07yA1aLf]0, 1~0*7_5(9Z9j): named as one, it runs to the next space.
            var passwordEnd = SecretValue.PasswordEnd(text, start, end, limit);
            // A field whose key names an identifier (trace_id, x-request-id, correlationId) holds one, whatever its clause says.
            if (naming == Naming.None && SecretNames.LabelledAsIdentifier(text, start))
            {
                continue;
            }
            if (naming == Naming.None && (SecretValue.Guessable(text.AsSpan(start, passwordEnd - start)) || LetterPasswords.Looks(text.AsSpan(start, passwordEnd - start)))
                && PasswordClause.Names(text, start))
            {
                naming = Naming.Password;
            }
            // A random value a secret's name labels from earlier in its clause ("Geheimnis für den Webhook: ...").
            else if (naming == Naming.None && secretClauses && end - start >= MinLength && LooksRandom(text.AsSpan(start, end - start))
                && PasswordClause.NamesSecret(text, start))
            {
                naming = Naming.Secret;
            }
            if (naming == Naming.None)
            {
                continue;
            }
            end = naming == Naming.Password ? passwordEnd : end;
            // A quote escaped inside a string ("{\"password\":\"...\"}") closes the value; its backslash is not the value's.
            if (end - start > 1 && text[end - 1] == '\\' && end < text.Length && text[end] is '"' or '\'')
            {
                end--;
            }
            // A version after a password word numbers a policy ("Password policy v2.1"), not a secret.
            if (end - start < SecretValue.MinShort || PolicyVersions.IsVersion(text.AsSpan(start, end - start)))
            {
                continue;
            }
            var value = text.AsSpan(start, end - start);
            i = Math.Max(i, end);
            // A value that is itself a list of name=value pairs (a connection string) holds its secrets in its own pairs.
            // An inlined file's base64, a Twilio resource id and the parts of an ARN are random but public (PublicShapes).
            // A cloud secret store's name for a secret (projects/p/secrets/name/versions/7) says where the secret is kept.
            if (PublicShapes.IsFileData(value) || PublicShapes.IsTwilioId(value) || PublicShapes.InsideArn(text, start) || SecretStoreNames.IsSecretName(value))
            {
                continue;
            }
            if (SecretValue.StartsPairList(text, start) || SecretValue.LooksLikeAddress(value) || SecretValue.LooksLikeCall(value) || (end < text.Length && text[end] == '(') || Placeholders.IsPlaceholder(value))
            {
                continue;
            }
            // A qualified name (System.Int64, Credential:Scope), a command-line option (--expires=...) or an
            // attribute's name before its quoted value (AssemblyName="...") is no value.
            // In an INI file's section a password key's value is written as it is, dots and all (pwd = Lark42.QTV).
            if ((SecretValue.LooksLikeDottedName(value, naming == Naming.Password) && !(naming == Naming.Password && IniSections.Holds(text, start)))
                || value.StartsWith("--", StringComparison.Ordinal)
                || (value[^1] == '=' && text[start - 1] is not ('"' or '\'') && end < text.Length && text[end] is '"' or '\''))
            {
                continue;
            }
            var random = value.Length >= MinLength && LooksRandom(value);
            // "Avoid passwords like ...": a weak password the sentence quotes as an example is nobody's.
            if (naming == Naming.Password && !random && (examples ??= PasswordExample.Possible(text)) && PasswordExample.Quoted(text, start, end))
            {
                continue;
            }
            if (random || (naming == Naming.Password && (SecretValue.Guessable(value) || LetterPasswords.Looks(value))) || SecretValue.RandomLetters(value))
            {
                yield return new PrivacyEntity(PrivacyTypes.Credential, start, end - start, Name, random && value.Length >= 20 ? 0.8 : 0.7);
            }
        }
    }

    /// <summary>Shannon entropy of the characters of <paramref name="value"/>, in bits per character.</summary>
    public static double Entropy(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return 0;
        }
        var counts = new Dictionary<char, int>();
        foreach (var c in value)
        {
            counts[c] = counts.GetValueOrDefault(c) + 1;
        }
        var entropy = 0.0;
        foreach (var n in counts.Values)
        {
            var p = (double)n / value.Length;
            entropy -= p * Math.Log2(p);
        }
        return entropy;
    }

    internal static bool LooksRandom(ReadOnlySpan<char> value)
    {
        int lower = 0, upper = 0, digit = 0, symbol = 0;
        foreach (var c in value)
        {
            // A letter of any script is a letter (the é of "spécifiée"), not a symbol.
            if (char.IsLower(c)) lower = 1;
            else if (char.IsUpper(c)) upper = 1;
            else if (char.IsAsciiDigit(c)) digit = 1;
            else if (c is not ('_' or '-' or '.')) symbol = 1;
        }
        var classes = lower + upper + digit + symbol;
        var entropy = Entropy(value);
        return (classes >= 3 && entropy >= MinEntropy) || (classes == 2 && digit == 1 && value.Length >= 20 && entropy >= 3.2);
    }

    /// <summary>
    /// Value characters: letters, digits and the symbols passwords and base64 use. '=' belongs to a
    /// value only as base64 padding at its end, so "token=abc" splits into name and value.
    /// </summary>
    private static bool IsValueChar(string text, int i)
    {
        if (IsPlainValueChar(text[i]))
        {
            return true;
        }
        if (text[i] != '=' || i == 0 || !(char.IsAsciiLetterOrDigit(text[i - 1]) || text[i - 1] == '='))
        {
            return false;
        }
        var k = i;
        while (k < text.Length && k - i < 3 && text[k] == '=')
        {
            k++;
        }
        return k >= text.Length || !IsPlainValueChar(text[k]);
    }

    private static bool IsPlainValueChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '!' or '#' or '$' or '%' or '*' or '+' or '-' or '.' or '/' or '?' or '@' or '^' or '_' or '~';

    /// <summary>
    /// Walking back from the value over separators and filler words, a word naming a secret comes
    /// before any other word, within <see cref="MaxGap"/> characters on the same line; a word naming
    /// a password (in English, German, Dutch, Spanish or French) is told apart, since it also names
    /// a password too short or plain to look random.
    /// </summary>
    private static Naming NamedAsSecret(string text, int valueStart)
    {
        if (SecretNames.SecondOfAuthPair(text, valueStart))
        {
            return Naming.Password;
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
                return Naming.None;
            }
            // A quoted name ('pass' => '...') is the name, not its quotes.
            var written = wordEnd - j > 1 && text[j] == '\'' && wordEnd < text.Length && text[wordEnd] == '\'' ? text[(j + 1)..wordEnd] : text[j..wordEnd];
            var word = written.ToLowerInvariant();
            if (SecretNames.NamesAnIdentifier(written))
            {
                return Naming.None;
            }
            // "pass" or "pw" alone, with no label's mark before the value, is the verb ("pass the test"), not a password's name.
            if (word is "pass" or "pw" && !text.AsSpan(wordEnd, valueStart - wordEnd).ContainsAny(SecretKeywords.LabelMarks))
            {
                return Naming.None;
            }
            if (SecretKeywords.PasswordKeywords.Any(k => word.Contains(k, StringComparison.Ordinal)) || SecretNames.NamesAPass(word) || SecretNames.NamesPassword(word)
                || (word == "passe" && j >= 7 && text.AsSpan(j - 7, 7).Equals("mot de ", StringComparison.OrdinalIgnoreCase)))
            {
                return Naming.Password;
            }
            // Spanish "clave" after a user on its line is that user's password ("usuario admin / clave ...").
            if (SecretNames.PasswordAfterUser(word, text, j))
            {
                return Naming.Password;
            }
            if (later == "key" && SecretKeywords.NetworkKeyQualifiers.Contains(word))
            {
                return Naming.Password;
            }
            if (bracketed)
            {
                return Naming.None;
            }
            if (SecretKeywords.Keywords.Any(k => word.Contains(k, StringComparison.Ordinal)) || SecretNames.NamesAKey(written, word) || SecretNames.NamesSecret(word, text.AsSpan(wordEnd, valueStart - wordEnd).ContainsAny(':', '='))
                || (later == "key" && SecretKeywords.KeyQualifiers.Contains(word)))
            {
                // "not a secret: ..." denies what the word would name.
                return Negation.Denies(text, j) ? Naming.None : Naming.Secret;
            }
            // "Authorization: Basic ...", and the type digit of a router's "password 0 ..." or "secret 5 ...", stand between a name and its value.
            // Only right before the value: a run of digits or of "Basic" words is no name's.
            var between = later is null && (word == "basic" || (word.Length == 1 && char.IsAsciiDigit(word[0])));
            if (word != "key" && !between && !SecretKeywords.Fillers.Contains(word))
            {
                return Naming.None;
            }
            later = word;
        }
        return Naming.None;
    }

    /// <summary>What the word before a value names.</summary>
    private enum Naming
    {
        None,
        Secret,
        Password,
    }
}
