namespace Aligners.Inference.Privacy;

/// <summary>
/// A device's or a router's login written as its user name, a slash and its password
/// (<c>Router admin: admin / Kiwi44#rt</c>, <c>Zugang NAS: root / b4um-Haus9</c>): manuals, handover notes and
/// IT checklists write the pair so. Counts where the user is an account devices ship with (admin,
/// root, ubnt, pi, ...), a login word stands before it on its line ("login", "router", "Zugang",
/// "identifiants", "acceso", ...) or in a question on the line above, and the password mixes letters with digits or symbols, as
/// "admin / user" (two roles) or "admin / settings" (a menu path) do not. A service's login written as an e-mail address, a
/// slash and a password after a login word ("my new login for the shop is ... / ...") is read alike.
/// </summary>
internal static class DeviceLogins
{
    private const int MinPassword = 4;

    private const int MaxPassword = 64;

    /// <summary>How far back on the line a login word is looked for.</summary>
    private const int Reach = 64;

    // Accounts that routers, NAS boxes, cameras and single-board computers ship with.
    private static readonly string[] Users = ["admin", "administrator", "root", "ubnt", "pi", "support", "supervisor", "operator", "cisco", "user", "guest"];

    private static readonly ContextWords LoginWords = new(
        "login", "log-in", "log in", "logon", "sign-in", "credentials", "creds", "router", "modem", "switch", "nas", "firewall", "camera", "device",
        "admin", "web ui", "webui", "web interface", "access", "zugang", "zugangsdaten", "anmeldung", "benutzer", "identifiants", "connexion",
        "accès", "acceso", "credenciales", "usuario", "inloggen", "inlog", "toegang", "gebruiker");

    /// <summary>Every password <paramref name="text"/> writes after a device account's name and a slash.</summary>
    public static IEnumerable<PrivacyEntity> Find(string text)
    {
        var slash = 0;
        while ((slash = text.IndexOf('/', slash)) >= 0)
        {
            var at = slash++;
            var userEnd = at;
            while (userEnd > 0 && text[userEnd - 1] is ' ' or '\t')
            {
                userEnd--;
            }
            var userStart = userEnd;
            while (userStart > 0 && userEnd - userStart < 16 && char.IsAsciiLetter(text[userStart - 1]))
            {
                userStart--;
            }
            // A portal's or a service's login is an e-mail address and a password ("my new login is ana@example.org / ..."):
            // the address stands where a device's account would.
            // Spaced apart from the slash, unlike a URL's host and path (user:pw@db.example.org/app).
            if (userEnd < at && at + 1 < text.Length && text[at + 1] is ' ' or '\t' && EmailUserStart(text, userEnd) is var emailStart and >= 0)
            {
                userStart = emailStart;
            }
            else if (userEnd - userStart < 2 || (userStart > 0 && !(text[userStart - 1] is ' ' or '\t' or ':' or '(' or '\n'))
                || !IsUser(text.AsSpan(userStart, userEnd - userStart)))
            {
                continue;
            }
            var start = at + 1;
            while (start < text.Length && text[start] is ' ' or '\t')
            {
                start++;
            }
            var end = start;
            while (end < text.Length && end - start <= MaxPassword && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }
            // A sentence's or a list's mark after the password is not the password's own.
            while (end > start && text[end - 1] is '.' or ',' or ';' or ')' && (end == text.Length || char.IsWhiteSpace(text[end])))
            {
                end--;
            }
            if (end - start < MinPassword || end - start > MaxPassword || !Mixed(text.AsSpan(start, end - start))
                || Placeholders.IsPlaceholder(text.AsSpan(start, end - start)) || !LoginBefore(text, userStart))
            {
                continue;
            }
            yield return new PrivacyEntity(PrivacyTypes.Credential, start, end - start, "device-login", 0.85);
        }
    }

    /// <summary>
    /// Where an e-mail address ending at <paramref name="userEnd"/> starts (a local part, an '@', a domain with a dot), after a
    /// space, a bracket or a line's start (not a URL's user information after its scheme); -1 where no address ends there.
    /// </summary>
    private static int EmailUserStart(string text, int userEnd)
    {
        var start = userEnd;
        while (start > 0 && userEnd - start < 96 && (char.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] is '.' or '_' or '%' or '+' or '-' or '@'))
        {
            start--;
        }
        if (start > 0 && !(text[start - 1] is ' ' or '\t' or '(' or '\n'))
        {
            return -1;
        }
        var address = text.AsSpan(start, userEnd - start);
        var at = address.IndexOf('@');
        return at > 0 && at == address.LastIndexOf('@') && address[(at + 1)..].Contains('.') && char.IsAsciiLetter(address[^1]) ? start : -1;
    }

    private static bool IsUser(ReadOnlySpan<char> word)
    {
        foreach (var user in Users)
        {
            if (word.Equals(user, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Letters with digits or symbols, no slash (a path) and no scheme or '@' (a URL or an address).</summary>
    private static bool Mixed(ReadOnlySpan<char> value)
    {
        bool letter = false, other = false;
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '@' or '<' or '>')
            {
                return false;
            }
            letter |= char.IsLetter(c);
            other |= !char.IsLetter(c);
        }
        return letter && other;
    }

    /// <summary>
    /// A login word stands on the line before the user's name, or the line above asks a question naming a login: a chat's
    /// answer gives the pair alone ("anyone have the NAS login?" / "admin / ...").
    /// </summary>
    private static bool LoginBefore(string text, int userStart)
    {
        var from = userStart;
        while (from > 0 && userStart - from < Reach && text[from - 1] != '\n')
        {
            from--;
        }
        if (from < userStart && LoginWords.Contains(text.AsSpan(from, userStart - from)))
        {
            return true;
        }
        return from > 0 && text[from - 1] == '\n' && PreviousLine(text, from - 1) is var question && question.Contains('?') && LoginWords.Contains(question);
    }

    /// <summary>The line ending at the line break at <paramref name="lineBreak"/>, read back at most 256 characters.</summary>
    internal static ReadOnlySpan<char> PreviousLine(string text, int lineBreak)
    {
        var from = lineBreak;
        while (from > 0 && lineBreak - from < 256 && text[from - 1] != '\n')
        {
            from--;
        }
        return text.AsSpan(from, lineBreak - from);
    }
}
