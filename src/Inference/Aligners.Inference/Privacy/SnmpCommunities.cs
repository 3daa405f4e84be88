namespace Aligners.Inference.Privacy;

/// <summary>
/// An SNMP community string, which SNMP v1 and v2c take as the password of a device's management agent: after
/// <c>snmp-server community</c> on a Cisco-style line, before its access (<c>RO</c>, <c>RW</c>) or the line's end, and as the
/// value of a <c>community:</c> or <c>community =</c> key in a text that speaks of SNMP (an exporter's or a poller's
/// config). The vendors' defaults <c>public</c> and <c>private</c> unlock nothing of anyone's that everybody does not know,
/// and a placeholder or a variable is none.
/// </summary>
internal static class SnmpCommunities
{
    private const string Command = "snmp-server community ";

    private const string Key = "community";

    private const int MinLength = 4;

    private const int MaxLength = 64;

    /// <summary>Every community string in <paramref name="text"/>.</summary>
    public static IEnumerable<PrivacyEntity> Find(string text)
    {
        var at = 0;
        while ((at = text.IndexOf(Command, at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            at += Command.Length;
            var (start, end) = Token(text, at);
            var rest = After(text, end);
            if (rest.IsEmpty || rest.StartsWith("RO", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("RW", StringComparison.OrdinalIgnoreCase)
                || rest.StartsWith("view ", StringComparison.OrdinalIgnoreCase) || char.IsAsciiDigit(rest[0]))
            {
                if (Community(text, start, end))
                {
                    yield return new PrivacyEntity(PrivacyTypes.Credential, start, end - start, "snmp-community", 0.85);
                }
            }
        }
        if (!text.Contains("snmp", StringComparison.OrdinalIgnoreCase))
        {
            yield break;
        }
        at = 0;
        while ((at = text.IndexOf(Key, at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var keyStart = at;
            at += Key.Length;
            // The key opens its line (after indentation or a list's dash) and a ':' or '=' follows it.
            var before = keyStart;
            while (before > 0 && text[before - 1] is ' ' or '\t' or '-' or '"' or '\'')
            {
                before--;
            }
            var k = at;
            while (k < text.Length && text[k] is '"' or '\'')
            {
                k++;
            }
            while (k < text.Length && text[k] is ' ' or '\t')
            {
                k++;
            }
            if ((before > 0 && text[before - 1] != '\n') || k >= text.Length || text[k] is not (':' or '='))
            {
                continue;
            }
            k++;
            while (k < text.Length && text[k] is ' ' or '\t' or '"' or '\'')
            {
                k++;
            }
            var (start, end) = Token(text, k);
            if (After(text, end).IsEmpty && Community(text, start, end))
            {
                yield return new PrivacyEntity(PrivacyTypes.Credential, start, end - start, "snmp-community", 0.85);
            }
        }
    }

    /// <summary>The token starting at <paramref name="from"/>: up to a space, a quote or the line's end.</summary>
    private static (int Start, int End) Token(string text, int from)
    {
        var end = from;
        while (end < text.Length && end - from <= MaxLength && !char.IsWhiteSpace(text[end]) && text[end] is not ('"' or '\'' or ',' or '#'))
        {
            end++;
        }
        return (from, end);
    }

    /// <summary>What follows the token on its line, spaces and a closing quote left out.</summary>
    private static ReadOnlySpan<char> After(string text, int end)
    {
        var k = end;
        while (k < text.Length && text[k] is ' ' or '\t' or '\r' or '"' or '\'' or ',')
        {
            k++;
        }
        var lineEnd = text.IndexOf('\n', k);
        var rest = text.AsSpan(k, (lineEnd < 0 ? text.Length : lineEnd) - k);
        return rest.StartsWith("#", StringComparison.Ordinal) ? [] : rest;
    }

    private static bool Community(string text, int start, int end)
    {
        var value = text.AsSpan(start, end - start);
        return value.Length is >= MinLength and <= MaxLength && !value.Equals("public", StringComparison.OrdinalIgnoreCase)
            && !value.Equals("private", StringComparison.OrdinalIgnoreCase) && value[0] is not ('$' or '{' or '<' or '%')
            && !Placeholders.IsPlaceholder(value);
    }
}
