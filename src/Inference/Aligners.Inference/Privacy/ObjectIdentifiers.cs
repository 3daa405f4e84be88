namespace Aligners.Inference.Privacy;

/// <summary>
/// Object identifiers (OIDs) that happen to have four dotted parts, as X.500's attribute types (<c>2.5.4.x</c>) and
/// the internet subtree (<c>1.3.6.1</c>) do: they name a type of data, not a host. A four-part number is one where it
/// opens with one of those arcs, where the word "oid" stands right before it ("OID 2.5.4.10", "oid=..."), or where it
/// is an argument after the agent of an SNMP command (<c>snmpwalk -v2c -c public host OID</c>: net-snmp's tools take
/// options first, then the agent, then the OIDs, so the agent itself may still be an address).
/// </summary>
internal static class ObjectIdentifiers
{
    private static readonly string[] Commands = ["snmpwalk", "snmpget", "snmpgetnext", "snmpbulkwalk", "snmpbulkget", "snmpset", "snmptable"];

    /// <summary>Whether the dotted number at [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/> is an OID.</summary>
    public static bool IsOid(string text, int start, int end)
    {
        var value = text.AsSpan(start, end - start);
        return value.StartsWith("2.5.4.") || value.SequenceEqual("1.3.6.1") || value.StartsWith("1.3.6.1.")
            || AfterOidWord(text, start) || AfterAgent(text, start);
    }

    /// <summary>"OID", "oid:" or "oid=" right before the number.</summary>
    private static bool AfterOidWord(string text, int start)
    {
        var k = start;
        while (k > 0 && text[k - 1] is ' ' or '\t' or ':' or '=' or '"' or '\'')
        {
            k--;
        }
        return k >= 3 && text.AsSpan(k - 3, 3).Equals("oid", StringComparison.OrdinalIgnoreCase)
            && (k == 3 || !char.IsLetterOrDigit(text[k - 4]));
    }

    /// <summary>The number follows the agent of an SNMP command on its line.</summary>
    private static bool AfterAgent(string text, int start)
    {
        var lineStart = LineBounds.Start(text, start, 300);
        var line = text.AsSpan(lineStart, start - lineStart);
        foreach (var command in Commands)
        {
            var at = line.IndexOf(command, StringComparison.Ordinal);
            if (at < 0 || (at > 0 && char.IsLetterOrDigit(line[at - 1])) || (at + command.Length < line.Length && line[at + command.Length] != ' '))
            {
                continue;
            }
            // Options come first; a bare option letter ("-c") takes the next word as its value, a glued one ("-v2c") does not.
            var words = line[(at + command.Length)..].ToString().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var positional = 0;
            for (var w = 0; w < words.Length; w++)
            {
                if (words[w].StartsWith('-'))
                {
                    w += words[w].Length == 2 ? 1 : 0;
                    continue;
                }
                positional++;
            }
            return positional >= 1;
        }
        return false;
    }
}
