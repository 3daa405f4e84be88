namespace Aligners.Inference.Privacy;

/// <summary>
/// How an identifier names a secret beyond the keywords: by its end (<c>smtp_pass</c>, <c>AUTH_KEY</c>,
/// <c>NONCE_SALT</c>) unless it names an identifier or a public or ordering key; by a secret's name
/// in Spanish, German, French or Dutch as an identifier's part (<c>clave_api</c>, <c>mot_de_passe</c>, <c>geheim</c>,
/// <c>sleutel</c>), and the place of a password in a call that takes a user and a password in that
/// order (<c>auth=("user", "pass")</c>, <c>HTTPBasicAuth('user', 'pass')</c>, <c>server.login(user, "pass")</c>).
/// </summary>
internal static class SecretNames
{
    /// <summary>How far back the user element and the call's name are looked for.</summary>
    private const int Reach = 96;

    // Parts of an identifier that name a password: French "mot de passe" (mdp), as one part or three.
    private static readonly HashSet<string> PasswordParts = new(StringComparer.Ordinal) { "mdp", "motdepasse" };

    // Parts that name a secret or a token, as "secret" and "token" do: Spanish, German, French and Dutch.
    private static readonly HashSet<string> SecretParts = new(StringComparer.Ordinal)
    {
        "secreto", "geheim", "geheime", "geheimnis", "jeton",
        // And in the other languages the password words cover: Swedish, Norwegian, Danish, Portuguese, Polish, Finnish, Czech.
        "hemlighet", "hemligheten", "hemmelighet", "hemmelighed", "segredo", "sekret", "salaisuus", "tajemstvi", "tajemství",
    };

    // Parts that name a key, as "key" does: only as part of a longer identifier (clave_api, api_sleutel) or as a
    // label before ':' or '=' (clave: ...), not in prose, where "la clé spécifiée" is a dictionary's key.
    private static readonly HashSet<string> KeyParts = new(StringComparer.Ordinal)
    {
        "clave", "llave", "clé", "cle", "schlüssel", "schluessel", "sleutel",
    };

    private static readonly string[] NotSecretKeys =
    [
        "public", "publishable", "primary", "foreign", "sort", "partition", "cache", "idempotency", "routing", "lookup", "unique", "composite",
        "object", "bucket", "hash", "group", "row", "dedup",
    ];

    /// <summary>A name for the identifier of a secret, not the secret: private_key_id, client-id, keyId.</summary>
    public static bool NamesAnIdentifier(string written) =>
        written.EndsWith("_id", StringComparison.OrdinalIgnoreCase) || written.EndsWith("-id", StringComparison.OrdinalIgnoreCase)
        || (written.EndsWith("Id", StringComparison.Ordinal) && written.Length > 2 && char.IsAsciiLetterLower(written[^3]));

    /// <summary>
    /// The value at <paramref name="valueStart"/> is a field's whose key names an identifier: the key ends right before it,
    /// with only a label's marks between (<c>"trace_id":"..."</c>, <c>x-request-id: ...</c>, <c>correlationId=...</c>).
    /// A trace, span, request, correlation or message id is random but names a record, not a secret, even in a clause
    /// that a password's field opened earlier.
    /// </summary>
    public static bool LabelledAsIdentifier(string text, int valueStart)
    {
        var j = valueStart;
        var marked = false;
        while (j > 0 && valueStart - j < 4 && text[j - 1] is ' ' or '"' or '\'' or ':' or '=')
        {
            marked |= text[j - 1] is ':' or '=';
            j--;
        }
        var wordEnd = j;
        while (j > 0 && wordEnd - j < 48 && (char.IsAsciiLetterOrDigit(text[j - 1]) || text[j - 1] is '_' or '-' or '.'))
        {
            j--;
        }
        return marked && wordEnd - j > 2 && NamesAnIdentifier(text[j..wordEnd]);
    }

    /// <summary>"pass" and "pw" as a whole word or the end of an identifier (smtp_pass, DB_PW), not inside "passport" or "bypass".</summary>
    public static bool NamesAPass(string word) =>
        word is "pass" or "pw" || word.EndsWith("_pass", StringComparison.Ordinal) || word.EndsWith("-pass", StringComparison.Ordinal)
        || word.EndsWith(".pass", StringComparison.Ordinal) || word.EndsWith("_pw", StringComparison.Ordinal);

    /// <summary>
    /// "Pass" or "Pw" ending a camel-cased identifier as its last part (<c>smtpPass</c>, <c>dbPw</c>), as "_pass" ends a
    /// snake-cased one: a capital after a lower-case letter starts the part, so "compass" and "Bypass" are no such name.
    /// </summary>
    public static bool NamesACamelPass(string written) =>
        (written.EndsWith("Pass", StringComparison.Ordinal) && written.Length > 4 && char.IsAsciiLetterLower(written[^5]))
        || (written.EndsWith("Pw", StringComparison.Ordinal) && written.Length > 2 && char.IsAsciiLetterLower(written[^3]));

    /// <summary>
    /// A name for a key or a salt by its last part (azure_storage_key, AUTH_KEY, NONCE_SALT,
    /// storageKey), not a public key or a key that only orders or looks up records (primary_key, cache_key).
    /// </summary>
    public static bool NamesAKey(string written, string word)
    {
        var suffix = written.EndsWith("Key", StringComparison.Ordinal) ? 3 : written.EndsWith("Salt", StringComparison.Ordinal) ? 4 : 0;
        var camel = suffix > 0 && written.Length > suffix && char.IsAsciiLetterLower(written[^(suffix + 1)]);
        var suffixed = word.EndsWith("_key", StringComparison.Ordinal) || word.EndsWith("-key", StringComparison.Ordinal)
            || word.EndsWith(".key", StringComparison.Ordinal) || word.EndsWith("_salt", StringComparison.Ordinal);
        return (camel || suffixed) && !NotSecretKeys.Any(q => word.Contains(q, StringComparison.Ordinal));
    }

    /// <summary>
    /// <paramref name="word"/> (lower case) names a password in another language: "mot_de_passe",
    /// "mot-de-passe", "motdepasse", "mdp". (Spanish "clave" is also a key, so it names a secret that must look random.)
    /// </summary>
    public static bool NamesPassword(string word)
    {
        if (word.Contains("mot_de_passe", StringComparison.Ordinal) || word.Contains("mot-de-passe", StringComparison.Ordinal)
            || word.Contains("mot.de.passe", StringComparison.Ordinal))
        {
            return true;
        }
        foreach (var part in word.Split('_', '-', '.'))
        {
            if (PasswordParts.Contains(part))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// <paramref name="word"/> (lower case) has a part naming a secret in another language ("geheim", "jeton_acces"),
    /// or one naming a key in an identifier of several parts ("api_schluessel") or <paramref name="labelled"/> by ':' or '=' ("clave: ...").
    /// </summary>
    public static bool NamesSecret(string word, bool labelled)
    {
        var parts = word.Split('_', '-', '.');
        foreach (var part in parts)
        {
            if (SecretParts.Contains(part) || (KeyParts.Contains(part) && (parts.Length > 1 || labelled)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The quoted value at <paramref name="valueStart"/> is the second element of a pair that a call
    /// or an argument named for authentication takes as user and password: <c>auth=("user", "VALUE")</c>,
    /// <c>HTTPBasicAuth("user", "VALUE")</c>, <c>credentials: ['user', 'VALUE']</c>, <c>smtp.login(user, "VALUE")</c>.
    /// </summary>
    public static bool SecondOfAuthPair(string text, int valueStart)
    {
        if (valueStart < 2 || text[valueStart - 1] is not ('"' or '\''))
        {
            return false;
        }
        var limit = Math.Max(0, valueStart - Reach);
        var j = SkipSpaces(text, valueStart - 1, limit);
        if (j <= limit || text[j - 1] != ',')
        {
            return false;
        }
        j = SkipSpaces(text, j - 1, limit);
        // The first element: a quoted string or a bare name (a variable holding the user).
        if (j > limit && text[j - 1] is '"' or '\'')
        {
            var quote = text[j - 1];
            j--;
            while (j > limit && text[j - 1] != quote && text[j - 1] != '\n')
            {
                j--;
            }
            if (j <= limit || text[j - 1] != quote)
            {
                return false;
            }
            j--;
        }
        else
        {
            var end = j;
            while (j > limit && (char.IsLetterOrDigit(text[j - 1]) || text[j - 1] is '_' or '.'))
            {
                j--;
            }
            if (j == end)
            {
                return false;
            }
        }
        j = SkipSpaces(text, j, limit);
        if (j <= limit || text[j - 1] is not ('(' or '['))
        {
            return false;
        }
        j = SkipSpaces(text, j - 1, limit);
        if (j > limit && text[j - 1] is '=' or ':')
        {
            j = SkipSpaces(text, j - 1, limit);
            while (j > limit && text[j - 1] is '"' or '\'')
            {
                j--;
            }
        }
        var nameEnd = j;
        while (j > limit && (char.IsLetterOrDigit(text[j - 1]) || text[j - 1] is '_'))
        {
            j--;
        }
        var name = text.AsSpan(j, nameEnd - j);
        return name.EndsWith("auth", StringComparison.OrdinalIgnoreCase) || name.EndsWith("login", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith("credentials", StringComparison.OrdinalIgnoreCase);
    }

    private static int SkipSpaces(string text, int j, int limit)
    {
        while (j > limit && text[j - 1] is ' ' or '\t')
        {
            j--;
        }
        return j;
    }

    // Words naming a login's user, which a password follows on the same line: "usuario admin / clave ...", "user: ana, clave: ...".
    private static readonly ContextWords UserWords = new("usuario", "usuaria", "nombre de usuario", "user", "username", "login", "utilisateur", "benutzer", "gebruiker");

    // Words that name a key in general and a password after a user: Spanish "clave".
    private static readonly HashSet<string> UserKeyWords = new(StringComparer.Ordinal) { "clave" };

    /// <summary>
    /// <paramref name="word"/> (lower case, ending at the value's name at <paramref name="wordStart"/>) is "clave" and a user
    /// word stands before it on its line, within 64 characters: "usuario admin / clave X", "usuario: ana; clave: X". A login's
    /// key after its user is its password, which may be short or plain, not a key that must look random.
    /// </summary>
    public static bool PasswordAfterUser(string word, string text, int wordStart)
    {
        if (!UserKeyWords.Contains(word))
        {
            return false;
        }
        var from = wordStart;
        while (from > 0 && wordStart - from < 64 && text[from - 1] != '\n')
        {
            from--;
        }
        return UserWords.Contains(text.AsSpan(from, wordStart - from));
    }
}
