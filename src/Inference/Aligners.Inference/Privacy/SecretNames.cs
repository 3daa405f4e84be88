namespace Aligners.Inference.Privacy;

/// <summary>
/// Names of secrets the English keywords do not cover: a secret's name in Spanish, German, French
/// or Dutch as an identifier's part (<c>clave_api</c>, <c>mot_de_passe</c>, <c>geheim</c>,
/// <c>sleutel</c>), and the place of a password in a call that takes a user and a password in that
/// order (<c>auth=("user", "pass")</c>, <c>HTTPBasicAuth('user', 'pass')</c>, <c>server.login(user, "pass")</c>).
/// </summary>
internal static class SecretNames
{
    /// <summary>How far back the user element and the call's name are looked for.</summary>
    private const int Reach = 96;

    // Parts of an identifier that name a password: French "mot de passe" (mdp), as one part or three.
    private static readonly HashSet<string> PasswordParts = new(StringComparer.Ordinal) { "mdp", "motdepasse" };

    // Parts that name a secret or a key, which must then look random: Spanish, German, French and Dutch.
    private static readonly HashSet<string> SecretParts = new(StringComparer.Ordinal)
    {
        "clave", "secreto", "geheim", "geheimnis", "schlüssel", "schluessel", "sleutel", "clé", "cle", "llave", "jeton", "geheime",
    };

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

    /// <summary><paramref name="word"/> (lower case) has a part naming a secret or a key in another language ("api_schluessel", "geheim").</summary>
    public static bool NamesSecret(string word)
    {
        foreach (var part in word.Split('_', '-', '.'))
        {
            if (SecretParts.Contains(part))
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
}
