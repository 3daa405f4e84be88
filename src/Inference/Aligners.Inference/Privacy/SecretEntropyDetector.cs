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
            var naming = SecretNaming.Of(text, start);
            // A Kubernetes env entry's value under a name: line naming a secret (EnvEntries).
            if (naming == ValueNaming.None && start > 0 && text[start - 1] is ' ' or '"' or '\'' && EnvEntries.NamesSecret(text, start))
            {
                naming = ValueNaming.Secret;
            }
            if (naming == ValueNaming.None && !clauses)
            {
                continue;
            }
            // Plain words a password word names are a passphrase ("tundra velvet marble pepper").
            if (Passphrase.End(text, start) is var phraseEnd and > 0
                && (naming == ValueNaming.Password || (naming == ValueNaming.None && PasswordClause.Names(text, start))))
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
            var limit = naming == ValueNaming.None && !secretClauses ? SecretValue.MaxGuessable + 1 : SecretValue.MaxLength;
            var end = SecretValue.End(text, start, limit);
            // A password's symbols are its own, brackets and all (E07yA1aLf]0, 1~0*7_5(9Z9j): named as one, it runs to the next space.
            var passwordEnd = SecretValue.PasswordEnd(text, start, end, limit);
            // A field whose key names an identifier (trace_id, x-request-id, correlationId) holds one, whatever its clause says.
            if (naming == ValueNaming.None && SecretNames.LabelledAsIdentifier(text, start))
            {
                continue;
            }
            if (naming == ValueNaming.None && (SecretValue.Guessable(text.AsSpan(start, passwordEnd - start)) || LetterPasswords.Looks(text.AsSpan(start, passwordEnd - start)))
                && PasswordClause.Names(text, start))
            {
                naming = ValueNaming.Password;
            }
            // A random value a secret's name labels from earlier in its clause ("Geheimnis für den Webhook: ...").
            else if (naming == ValueNaming.None && secretClauses && end - start >= MinLength && LooksRandom(text.AsSpan(start, end - start))
                && PasswordClause.NamesSecret(text, start))
            {
                naming = ValueNaming.Secret;
            }
            if (naming == ValueNaming.None)
            {
                continue;
            }
            end = naming == ValueNaming.Password ? passwordEnd : end;
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
            // jwt.io's sample token is the documented example wherever it stands, after "Bearer" too (ExampleTokens);
            // a key's hex digest, named or described as one, summarises the key and grants nothing (DigestNames).
            if (PublicShapes.IsFileData(value) || PublicShapes.IsTwilioId(value) || PublicShapes.InsideArn(text, start) || SecretStoreNames.IsSecretName(value)
                || (value.StartsWith("eyJ", StringComparison.Ordinal) && ExampleTokens.IsSample(value)) || DigestNames.DigestOnItsLine(text, start, value))
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
            if ((SecretValue.LooksLikeDottedName(value, naming == ValueNaming.Password) && !(naming == ValueNaming.Password && IniSections.Holds(text, start)))
                || value.StartsWith("--", StringComparison.Ordinal)
                || (value[^1] == '=' && text[start - 1] is not ('"' or '\'') && end < text.Length && text[end] is '"' or '\''))
            {
                continue;
            }
            var random = value.Length >= MinLength && LooksRandom(value);
            // "Avoid passwords like ...": a weak password the sentence quotes as an example is nobody's.
            if (naming == ValueNaming.Password && !random && (examples ??= PasswordExample.Possible(text)) && PasswordExample.Quoted(text, start, end))
            {
                continue;
            }
            if (random || (naming == ValueNaming.Password && (SecretValue.Guessable(value) || LetterPasswords.Looks(value))) || SecretValue.RandomLetters(value))
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
}
