namespace Aligners.Inference.Privacy;

/// <summary>
/// A password given in a sentence or a label rather than beside its name: "Das Passwort für das
/// Gäste-WLAN lautet Sommer2024!", "Wachtwoord wifi kantoor (3e verdieping): Valencia1995$", "La
/// contraseña del servidor es ...". The value follows a colon and a space, a copula ("is",
/// "lautet", "es", ..., an adverb of time or an aside allowed after it: "ist jetzt", "is now", "ist übrigens", "is by the way") or the password
/// word itself ("contraseña Tulp2!x9"), and a word naming a password stands earlier in the same
/// clause: on the same line, within <see cref="Reach"/> characters, with no sentence's end between. A wireless network's
/// key or code is its password ("Y la clave del wifi invitados: ...", "le code wifi ... c'est ...").
/// </summary>
internal static class PasswordClause
{
    /// <summary>How far before the value's label the password word may stand.</summary>
    private const int Reach = 64;

    /// <summary>The longest e-mail address read as one word of a clause.</summary>
    private const int MaxAddress = 254;

    private static readonly ContextWords PasswordWords = new(
        "password", "passwort", "kennwort", "wachtwoord", "contraseña", "contrasena", "mot de passe", "passwd", "passphrase", "wifi-passwort",
        // Misspelt as people type them in a hurry; a misspelt password word still names a password.
        "passwrd", "pasword", "passowrd", "paswd", "paswort", "passwrod", "pssword",
        "mdp", "lösenord", "lösenordet", "losenord", "passord", "adgangskode", "senha", "hasło", "haslo", "salasana", "heslo",
        // A wireless network's key by its own names, the key word right after them ("WPA2 key ...", "Netzwerkschlüssel: ...").
        "wpa key", "wpa2 key", "wpa3 key", "wpa-key", "wpa2-key", "wpa-psk", "wpa2-psk", "network key", "network security key", "wi-fi key", "wifi key",
        "wlan key", "wlan-schlüssel", "wlan-schluessel", "netzwerkschlüssel", "netzwerkschluessel", "clé wifi", "clé wi-fi", "clé réseau",
        "clé de sécurité réseau", "clave wifi", "clave de red", "clave de seguridad de red", "netwerksleutel", "wifi-sleutel", "netwerkbeveiligingssleutel",
        // Spanish calls a router's password its key: "la clave del router: ...", as "la clave del wifi" is the network's.
        "clave del router", "clave del módem", "clave del modem", "clave de acceso del router");

    // Words naming a secret or a token, in the languages the password words cover: a random value they label from earlier in the clause is one.
    private static readonly ContextWords SecretWords = new(
        "secret", "secrets", "geheimnis", "geheim", "geheime", "secreto", "hemlighet", "hemmelighet", "hemmelighed", "segredo", "sekret", "salaisuus",
        "tajemství", "token", "jeton", "api key", "api-key", "api-schlüssel", "clé api", "clé d'api", "clave api", "clave de api", "api-sleutel");

    // A wireless network's key or code is its password: "la clave del wifi", "le code wifi", "WLAN-Schlüssel", "wifi key".
    private static readonly ContextWords NetworkWords = new("wifi", "wi-fi", "wlan", "wireless", "ssid");

    private static readonly ContextWords KeyWords = new(
        "key", "code", "clave", "clé", "cle", "schlüssel", "schluessel", "sleutel", "código", "codigo", "chiave", "kod", "nøkkel", "nyckel");

    private static readonly System.Buffers.SearchValues<char> CodeMarks = System.Buffers.SearchValues.Create("\"{}[]=;,_<>`|");

    private static readonly HashSet<string> Copulas = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "are", "equals", "ist", "lautet", "war", "est", "sera", "es", "será", "era", "wordt", "blijft", "luidt",
        "è", "é", "är", "er", "jest",
    };

    // Adverbs of time a copula may take before the value: "the password is now ...", "ist jetzt", "est désormais".
    private static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "now", "still", "currently", "jetzt", "nun", "aktuell", "noch", "maintenant", "désormais", "ahora", "todavía", "nu", "voortaan", "nog",
    };

    /// <summary>Whether <paramref name="text"/> holds a password word at all: without one no clause can name a password.</summary>
    public static bool Possible(string text) => PasswordWords.Contains(text) || (NetworkWords.Contains(text) && KeyWords.Contains(text));

    /// <summary>Whether <paramref name="window"/> holds a word naming a password (a Wi-Fi network's key or code included).</summary>
    public static bool NamesPasswordIn(ReadOnlySpan<char> window) =>
        PasswordWords.Contains(window) || (NetworkWords.Contains(window) && KeyWords.Contains(window));

    /// <summary>Whether <paramref name="text"/> holds a word naming a secret at all: without one no clause can name a secret.</summary>
    public static bool SecretPossible(string text) => SecretWords.Contains(text);

    /// <summary>Whether <paramref name="window"/> holds a word naming a password.</summary>
    public static bool HasPasswordWord(ReadOnlySpan<char> window) => PasswordWords.Contains(window);

    /// <summary>The value at <paramref name="valueStart"/> is given as a password.</summary>
    public static bool Names(string text, int valueStart) => Labelled(text, valueStart, password: true);

    /// <summary>
    /// The value at <paramref name="valueStart"/> is given as a secret or a token named earlier in its clause
    /// ("Geheimnis für den Webhook: ...", "the token for the staging API is ..."); whether it looks random is the caller's to say.
    /// </summary>
    public static bool NamesSecret(string text, int valueStart) => Labelled(text, valueStart, password: false);

    private static bool Labelled(string text, int valueStart, bool password)
    {
        var j = valueStart;
        while (j > 0 && valueStart - j < 4 && text[j - 1] is ' ' or '\t' or '"' or '\'' or '`' or '„' or '“' or '«' or '\u00a0')
        {
            j--;
        }
        int label;
        if (j > 0 && text[j - 1] == ':' && j < valueStart)
        {
            label = j - 1;
        }
        else if (password && j < valueStart && NamedRightBefore(text, j))
        {
            // The password word itself labels the value, with no colon ("contraseña Tulp2!x9", "password hunter2x").
            return true;
        }
        else
        {
            if (CopulaBefore(text, j) is not (var copula and >= 0))
            {
                return false;
            }
            label = copula;
        }
        // A secret's clause may give the value's name in code in brackets ("the API secret (client_secret) for staging is"):
        // that gloss neither counts against the reach nor is code in the prose.
        var reach = password ? Reach : Reach + MaxGloss;
        // An address between the password word and its copula ("the password of the shared inbox team@example.com is")
        // names whose password it is: however long, it is one word of the clause and does not count against the reach.
        var from = label;
        var counted = 0;
        while (from > 0 && counted < reach && text[from - 1] != '\n'
            && !(text[from - 1] is '.' or '!' or '?' && from < text.Length && char.IsWhiteSpace(text[from])))
        {
            from--;
            counted++;
            if (!char.IsWhiteSpace(text[from]) && (from + 1 >= label || char.IsWhiteSpace(text[from + 1])) && AddressStart(text, from) is var start and >= 0)
            {
                from = start;
            }
        }
        ReadOnlySpan<char> clause = text.AsSpan(from, label - from);
        // A secret's word in code or JSON ("refresh_token":..., "id_token_hint") names the field it is part of, not the value
        // after a later key: the clause of a secret is prose, free of the marks of code.
        if (password)
        {
            return PasswordWords.Contains(clause) || (NetworkWords.Contains(clause) && KeyWords.Contains(clause));
        }
        // The prose of the clause: bracketed names in code taken out, at most Reach characters before the label.
        var prose = WithoutGlosses(clause);
        prose = prose.Length > Reach ? prose[^Reach..] : prose;
        // "(not a secret): ..." says what the value is not: a denied secret's word names nothing.
        var secretEnd = SecretWords.LastEnd(prose);
        if (prose.IndexOfAny(CodeMarks) >= 0 || secretEnd < 0)
        {
            return false;
        }
        var wordStart = secretEnd;
        while (wordStart > 0 && char.IsLetter(prose[wordStart - 1]))
        {
            wordStart--;
        }
        return !Negation.Denies(prose, wordStart);
    }

    /// <summary>Longest bracketed name in code a secret's clause may hold, as "(client_secret)".</summary>
    private const int MaxGloss = 48;

    /// <summary>
    /// <paramref name="clause"/> without its glosses: a bracket holding one name in code alone ("(client_secret)",
    /// "(`api_secret`)") that the prose around it names a value by; the space before the bracket goes with it.
    /// </summary>
    private static string WithoutGlosses(ReadOnlySpan<char> clause)
    {
        var prose = new System.Text.StringBuilder(clause.Length);
        var i = 0;
        while (i < clause.Length)
        {
            var close = clause[i] == '(' ? clause[(i + 1)..].IndexOf(')') : -1;
            if (close is > 0 and <= MaxGloss && IsName(clause.Slice(i + 1, close)))
            {
                if (prose.Length > 0 && prose[^1] == ' ')
                {
                    prose.Length--;
                }
                i += close + 2;
                continue;
            }
            prose.Append(clause[i++]);
        }
        return prose.ToString();
    }

    /// <summary>One name in code: letters, digits, '_', '-', '.', ':' and nothing else, quotes or backticks around it allowed.</summary>
    private static bool IsName(ReadOnlySpan<char> inner)
    {
        inner = inner.Trim("`'\"");
        if (inner.IsEmpty)
        {
            return false;
        }
        foreach (var c in inner)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-' or '.' or ':'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Where a copula ending at <paramref name="end"/> starts, an adverb of time allowed after it ("is now",
    /// "ist jetzt", "est maintenant", "es ahora", "is nu"), or -1 where none does.
    /// </summary>
    private static int CopulaBefore(string text, int end)
    {
        var start = WordStart(text, end);
        if (start < 0)
        {
            return -1;
        }
        var phrase = start >= 0 && Adverbs.Contains(text[start..end]) ? start : AsideStart(text, end);
        if (phrase >= 0)
        {
            start = phrase;
            var copulaEnd = start;
            while (copulaEnd > 0 && start - copulaEnd < 2 && text[copulaEnd - 1] is ' ' or '\u00a0')
            {
                copulaEnd--;
            }
            (start, end) = copulaEnd < start ? (WordStart(text, copulaEnd), copulaEnd) : (-1, end);
        }
        return start >= 0 && Copulas.Contains(text[start..end]) ? start : -1;
    }

    // Asides a copula may take before the value: "ist übrigens", "is by the way", "est d'ailleurs", "is trouwens", "es por cierto".
    private static readonly string[] Asides =
    [
        "by the way", "btw", "incidentally", "actually", "übrigens", "uebrigens", "eigentlich", "d'ailleurs", "d’ailleurs", "au fait", "en fait",
        "trouwens", "overigens", "eigenlijk", "por cierto", "de hecho", "en realidad",
    ];

    /// <summary>Where an aside that ends at <paramref name="end"/> starts (a whole word or phrase), or -1.</summary>
    private static int AsideStart(string text, int end)
    {
        foreach (var aside in Asides)
        {
            var start = end - aside.Length;
            if (start >= 0 && text.AsSpan(start, aside.Length).Equals(aside, StringComparison.OrdinalIgnoreCase)
                && (start == 0 || !char.IsLetter(text[start - 1])))
            {
                return start;
            }
        }
        return -1;
    }

    /// <summary>Where the word of at most 10 letters that ends at <paramref name="end"/> starts, or -1.</summary>
    private static int WordStart(string text, int end)
    {
        var j = end;
        while (j > 0 && end - j < 10 && char.IsLetter(text[j - 1]))
        {
            j--;
        }
        return end == j || (j > 0 && char.IsLetter(text[j - 1])) ? -1 : j;
    }

    /// <summary>A password word ends right at <paramref name="end"/>, not glued to letters before it.</summary>
    private static bool NamedRightBefore(string text, int end)
    {
        var from = Math.Max(0, end - 16);
        var window = text.AsSpan(from, end - from);
        var lineBreak = window.LastIndexOf('\n');
        window = lineBreak < 0 ? window : window[(lineBreak + 1)..];
        return PasswordWords.LastEnd(window) == window.Length;
    }

    /// <summary>Where the e-mail address ending at <paramref name="last"/> starts, or -1 where the word ending there is none.</summary>
    private static int AddressStart(string text, int last)
    {
        // The word holds an address's characters only, with one '@' inside: code or JSON run together is no address.
        var start = last + 1;
        var ats = 0;
        while (start > 0 && last - start < MaxAddress && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
            var c = text[start];
            ats += c == '@' ? 1 : 0;
            if (!(char.IsLetterOrDigit(c) || c is '@' or '.' or '-' or '_' or '+' or '%'))
            {
                return -1;
            }
        }
        return ats == 1 && text[start] != '@' && text[last] != '@' ? start : -1;
    }
}
