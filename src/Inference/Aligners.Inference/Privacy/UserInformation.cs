namespace Aligners.Inference.Privacy;

/// <summary>
/// A URL's user information with a password (<c>scheme://user:password@host</c>). The password is
/// whatever stands between the user's ':' and the '@' before the host, '#', '?', '/' and '@' included
/// (<c>mongodb+srv://app:Tulp#9x@cluster0.example.net</c>): the '@' that ends it is the first one a host
/// follows, a host being a name or an address ended by the URL's end, a port or a path (a query or a
/// fragment only where no later '@' is followed so). An '@' a host does not follow so (<c>p@ss@db</c>) is the password's own. A user with a
/// port in its place (<c>https://host:8080/?to=jane@example.com</c>) is no user: a run of digits ending
/// at a '/', '?' or '#' is the port of a URL without user information. Every read is bounded, so the
/// cost per URL is fixed.
/// </summary>
internal static class UserInformation
{
    /// <summary>The longest password read.</summary>
    public const int MaxPassword = 128;

    /// <summary>The longest user name read.</summary>
    private const int MaxUser = 64;

    // The longest host name DNS allows.
    private const int MaxHost = 253;

    /// <summary>
    /// Where the password that starts at <paramref name="passwordStart"/> (right after <c>scheme://user:</c>) ends: the
    /// '@' before the host, or -1 where no host follows within <see cref="MaxPassword"/> characters or the "password" is a port.
    /// </summary>
    public static int PasswordEnd(string text, int passwordStart)
    {
        if (IsPort(text, passwordStart))
        {
            return -1;
        }
        var limit = Math.Min(text.Length, passwordStart + MaxPassword + 1);
        var queried = -1;
        for (var k = passwordStart; k < limit; k++)
        {
            var c = text[k];
            if (char.IsWhiteSpace(c) || c is '"' or '\'' or '<' or '>' or '`')
            {
                break;
            }
            if (c == '@' && k > passwordStart && HostEnd(text, k + 1) is var after and >= 0)
            {
                // A host then a port, a path or the URL's end ends the password; one then a query or a fragment only where no
                // later '@' does, since a password may hold "@word#" ("Moss@Fern#7@cache:6379").
                if (after >= text.Length || text[after] is not ('?' or '#'))
                {
                    return k;
                }
                queried = queried < 0 ? k : queried;
            }
        }
        return queried;
    }

    /// <summary>
    /// The '@' at <paramref name="atSign"/> of an address-shaped span starting at <paramref name="start"/> lies in or ends a
    /// URL's user information with a password: walking back over the token, "scheme://user:" comes first, and the password
    /// after it ends at or after <paramref name="atSign"/> (<c>mongodb://app:Tulp#9x@host</c> holds no address <c>9x@host</c>).
    /// </summary>
    public static bool Holds(string text, int start, int atSign)
    {
        for (var k = start - 1; k >= 2 && start - k <= MaxUser + MaxPassword; k--)
        {
            var c = text[k];
            if (char.IsWhiteSpace(c) || c is '"' or '\'' or '<' or '>' or '(' or ')' or '`' or ',' or ';')
            {
                return false;
            }
            if (c == '/' && text[k - 1] == '/' && text[k - 2] == ':')
            {
                var userStart = k + 1;
                var colon = text.IndexOf(':', userStart, start - userStart);
                if (colon < 0 || colon - userStart > MaxUser || text.AsSpan(userStart, colon - userStart).IndexOfAny("/?#@") >= 0)
                {
                    return false;
                }
                return PasswordEnd(text, colon + 1) >= atSign;
            }
        }
        return false;
    }

    /// <summary>
    /// The '@' at <paramref name="atSign"/> opens the host part of a URL (<c>postgres://user:&lt;token&gt;@localhost:5432/app</c>):
    /// the token it stands in began with a scheme's "://" and a host follows the '@'. What follows is where the URL points,
    /// never a secret, even where a placeholder password before it ends with a secret's word. Reads back at most the
    /// longest user information.
    /// </summary>
    public static bool OpensHost(string text, int atSign)
    {
        if (atSign >= text.Length || text[atSign] != '@' || HostEnd(text, atSign + 1) < 0)
        {
            return false;
        }
        for (var k = atSign - 1; k >= 2 && atSign - k <= MaxUser + MaxPassword + 24; k--)
        {
            if (char.IsWhiteSpace(text[k]) || text[k] is '"' or '\'' or '`')
            {
                return false;
            }
            if (text[k] == '/' && text[k - 1] == '/' && text[k - 2] == ':')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Where the host that starts at <paramref name="from"/> ends (a host name, an IPv4 address or a bracketed IPv6 address that
    /// a URL's next part or its end follows), or -1 where none starts there.
    /// </summary>
    private static int HostEnd(string text, int from)
    {
        var k = from;
        if (k < text.Length && text[k] == '[')
        {
            var close = text.IndexOf(']', k, Math.Min(48, text.Length - k));
            if (close < 0)
            {
                return -1;
            }
            k = close + 1;
        }
        else
        {
            while (k < text.Length && k - from < MaxHost && (char.IsAsciiLetterOrDigit(text[k]) || text[k] is '.' or '-' or '_'))
            {
                k++;
            }
            if (k == from || !char.IsAsciiLetterOrDigit(text[from]))
            {
                return -1;
            }
        }
        return k >= text.Length || char.IsWhiteSpace(text[k]) || text[k] is ':' or '/' or '?' or '#' or ',' or ';' or ')' or ']' or '"' or '\'' or '>' or '<' or '`' ? k : -1;
    }

    /// <summary>Digits from <paramref name="from"/> up to a '/', '?', '#' or the token's end: a port, as in <c>https://host:8080/path</c>.</summary>
    private static bool IsPort(string text, int from)
    {
        var k = from;
        while (k < text.Length && k - from <= 5 && char.IsAsciiDigit(text[k]))
        {
            k++;
        }
        return k > from && (k >= text.Length || char.IsWhiteSpace(text[k]) || text[k] is '/' or '?' or '#');
    }
}
