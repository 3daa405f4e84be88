namespace Aligners.Inference.Privacy;

/// <summary>
/// The password argument of a well-known connect or login call whose API fixes its position:
/// PHP's <c>new PDO($dsn, 'user', 'PASSWORD')</c>, <c>mysqli_connect</c>, <c>new mysqli</c>,
/// <c>mysql_connect</c>, <c>mysqli_real_connect</c>, <c>ftp_login</c>, <c>ldap_bind</c>,
/// <c>ssh2_auth_password</c> and <c>oci_connect</c>; Java's <c>DriverManager.getConnection(url, user,
/// PASSWORD)</c>; Python's <c>MySQLdb.connect(host, user, PASSWORD)</c>. The credential constructors and login calls
/// that take a user and then a password pass it second: Java's <c>new PasswordAuthentication(user, PASSWORD)</c>, .NET's
/// <c>new NetworkCredential(user, PASSWORD)</c>, Python's <c>HTTPBasicAuth(user, PASSWORD)</c> and <c>HTTPDigestAuth</c>,
/// and a client's <c>.login(user, PASSWORD)</c> (smtplib, ftplib, imaplib, poplib's <c>user</c> aside). Only a string literal there
/// counts (a variable holds the password elsewhere). Calls that take the password only by keyword
/// (psycopg2's <c>connect</c>, PyMySQL's since 1.0) or inside a connection string have no such place.
/// </summary>
internal static class ConnectCalls
{
    /// <summary>How far an argument list is read.</summary>
    private const int MaxArguments = 320;

    private const string CharArray = ".toCharArray()";

    // Each call as written before its '(' and the zero-based position of its password argument.
    private static readonly (string Call, int Position)[] Calls =
    [
        ("new PDO", 2), ("mysqli_connect", 2), ("new mysqli", 2), ("mysql_connect", 2), ("mysql_pconnect", 2), ("mysqli_real_connect", 3),
        ("ftp_login", 2), ("ldap_bind", 2), ("ssh2_auth_password", 2), ("oci_connect", 1), ("oci_pconnect", 1),
        ("DriverManager.getConnection", 2), ("MySQLdb.connect", 2),
        ("PasswordAuthentication", 1), ("NetworkCredential", 1), ("HTTPBasicAuth", 1), ("HTTPDigestAuth", 1), ("HTTPProxyAuth", 1),
        (".login", 1),
    ];

    /// <summary>Every password literal <paramref name="text"/> passes in a call's password position.</summary>
    public static IEnumerable<PrivacyEntity> Find(string text)
    {
        foreach (var (call, position) in Calls)
        {
            var at = 0;
            while ((at = text.IndexOf(call, at, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                var open = at + call.Length;
                while (open < text.Length && text[open] is ' ' or '\t')
                {
                    open++;
                }
                // The call's whole name (not "my_mysqli_connect_wrapper"), then its argument list.
                // A method called on its object (".login") has its object before the dot.
                var whole = (call[0] == '.' || at == 0 || !(char.IsLetterOrDigit(text[at - 1]) || text[at - 1] == '_')) && open < text.Length && text[open] == '(';
                at = open;
                if (whole && Argument(text, open + 1, position) is var (start, end) && end - start >= 4
                    && !Placeholders.IsPlaceholder(text.AsSpan(start, end - start)))
                {
                    yield return new PrivacyEntity(PrivacyTypes.Credential, start, end - start, "connect-password", 0.9);
                }
            }
        }
    }

    /// <summary>The contents of the argument at <paramref name="position"/> where it is one string literal, else (0, 0).</summary>
    internal static (int Start, int End) Argument(string text, int from, int position)
    {
        var limit = Math.Min(text.Length, from + MaxArguments);
        var index = 0;
        var depth = 0;
        var argumentStart = from;
        for (var k = from; k < limit; k++)
        {
            var c = text[k];
            if (c is '"' or '\'')
            {
                var close = text.IndexOf(c, k + 1, limit - k - 1);
                if (close < 0)
                {
                    return default;
                }
                k = close;
            }
            else if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}' && depth > 0)
            {
                depth--;
            }
            else if (depth == 0 && c is ',' or ')')
            {
                if (index == position)
                {
                    return Literal(text, argumentStart, k);
                }
                if (c == ')')
                {
                    return default;
                }
                index++;
                argumentStart = k + 1;
            }
        }
        return default;
    }

    /// <summary>The inside of a quoted literal that is the whole argument between <paramref name="start"/> and <paramref name="end"/>.</summary>
    private static (int Start, int End) Literal(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        // Java passes a password as characters: "...".toCharArray() is the literal still.
        if (text.AsSpan(start, end - start).EndsWith(CharArray, StringComparison.Ordinal))
        {
            end -= CharArray.Length;
        }
        return end - start >= 2 && text[start] is '"' or '\'' && text[end - 1] == text[start]
            && text.AsSpan(start + 1, end - start - 2).IndexOf(text[start]) < 0 ? (start + 1, end - 1) : default;
    }
}
