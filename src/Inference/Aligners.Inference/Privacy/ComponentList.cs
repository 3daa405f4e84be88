namespace Aligners.Inference.Privacy;

/// <summary>
/// A list of components and their versions, one per line: a name, a gap of spaces, a tab or a colon,
/// and a value ending the line ("  agent      2.1.26.151"). A four-part number that is such a line's
/// value is a version when the list says so: a heading over it names a list of components,
/// packages, modules or versions ("Installed components:", "Packages", "Versionen:"), or another line
/// of the same list holds a value that is plainly a version (<c>v14.30.125-rc2</c>, a three-part
/// number other than a date, a part too large for an address). A line naming a machine ("Server:") and a list of hosts and their addresses holds no such value and
/// names no such heading, so its addresses stay addresses. Reads at most <see cref="Lines"/> lines
/// each way, each bounded, so a number costs the same whatever the text's length.
/// </summary>
internal static class ComponentList
{
    private const int Lines = 24;
    private const int LineReach = 160;

    private static readonly ContextWords HeadingWords = new(
        "components", "component", "packages", "package", "modules", "module", "versions", "dependencies", "libraries", "plugins",
        "installed", "komponenten", "pakete", "versionen", "abhängigkeiten", "composants", "paquets", "dépendances", "componentes",
        "paquetes", "módulos", "versiones", "dependencias", "componenten", "pakketten", "versies");

    // A line's name that calls its value a machine's ("Server:", "gateway") holds an address, whatever the lines beside it hold.
    private static readonly ContextWords MachineNames = new(
        "server", "host", "hostname", "ip", "address", "addr", "gateway", "node", "dns", "proxy", "router", "endpoint", "adresse", "servidor",
        "dirección", "adres");

    /// <summary>The four-part number at [<paramref name="start"/>, <paramref name="end"/>) is the value of a line in a list of component versions.</summary>
    public static bool Holds(string text, int start, int end)
    {
        var lineStart = LineStart(text, start);
        if (Value(text, lineStart, LineEnd(text, lineStart)) is not { } own || own.Start != start || own.End != end
            || MachineNames.Contains(text.AsSpan(lineStart, start - lineStart)))
        {
            return false;
        }
        // Walk up through the list's lines to its heading, then down through the rest.
        var line = lineStart;
        for (var n = 0; n < Lines && line > 0; n++)
        {
            var above = LineStart(text, line - 1);
            var aboveEnd = line - 1;
            if (Value(text, above, aboveEnd) is { } value)
            {
                if (PlainlyVersion(text, value.Start, value.End))
                {
                    return true;
                }
                line = above;
                continue;
            }
            if (Heading(text, above, aboveEnd))
            {
                return true;
            }
            break;
        }
        line = LineEnd(text, lineStart);
        for (var n = 0; n < Lines && line < text.Length; n++)
        {
            var below = line + 1;
            var belowEnd = LineEnd(text, below);
            if (Value(text, below, belowEnd) is not { } value)
            {
                break;
            }
            if (PlainlyVersion(text, value.Start, value.End))
            {
                return true;
            }
            line = belowEnd;
        }
        return false;
    }

    /// <summary>A heading line naming a list of versioned things: short, with no digits, ending in a colon or marked as a heading.</summary>
    private static bool Heading(string text, int from, int to)
    {
        var line = text.AsSpan(from, to - from).Trim();
        if (line.IsEmpty || line.Length > 60 || line.ContainsAnyInRange('0', '9'))
        {
            return false;
        }
        return HeadingWords.Contains(line);
    }

    /// <summary>The value of a "name  value" line: the token ending the line after a name and a gap (two spaces, a tab, or a colon); else null.</summary>
    private static (int Start, int End)? Value(string text, int from, int to)
    {
        if (to <= from || to - from > LineReach)
        {
            return null;
        }
        var end = to;
        while (end > from && text[end - 1] is ' ' or '\t' or '\r')
        {
            end--;
        }
        var start = end;
        while (start > from && text[start - 1] is not (' ' or '\t' or ':'))
        {
            start--;
        }
        if (start == end || !char.IsAsciiDigit(text[start]) && !(text[start] is 'v' or 'V' && start + 1 < end && char.IsAsciiDigit(text[start + 1])))
        {
            return null;
        }
        var gapEnd = start;
        while (gapEnd > from && text[gapEnd - 1] is ' ' or '\t')
        {
            gapEnd--;
        }
        var gap = text.AsSpan(gapEnd, start - gapEnd);
        var colon = gapEnd > from && text[gapEnd - 1] == ':';
        if (!(colon || gap.Contains('\t') || gap.Length >= 2))
        {
            return null;
        }
        var name = text.AsSpan(from, gapEnd - from).Trim(" \t:-*");
        return name.IsEmpty || name.Length > 40 || !char.IsLetter(name[0]) ? null : (start, end);
    }

    /// <summary>A value no address takes: a leading 'v', a pre-release suffix, three or five-plus parts, or a part over 255.</summary>
    private static bool PlainlyVersion(string text, int start, int end)
    {
        var value = text.AsSpan(start, end - start);
        if (value[0] is 'v' or 'V')
        {
            return value.Contains('.');
        }
        var parts = 1;
        var part = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '.')
            {
                parts++;
                part = 0;
            }
            else if (char.IsAsciiDigit(value[i]))
            {
                part = part * 10 + (value[i] - '0');
                if (part > 255)
                {
                    return parts >= 2;
                }
            }
            else
            {
                return parts >= 2 && value[i] is '-' or '+';
            }
        }
        // Three parts with a year among them are a date (08.03.2026, 2026.03.08), which a list of logins or servers gives too.
        return (parts == 3 && !HasYear(value)) || parts >= 5;
    }

    private static bool HasYear(ReadOnlySpan<char> value)
    {
        foreach (var range in value.Split('.'))
        {
            if (value[range] is { Length: 4 } part && part[0] is '1' or '2' && part[1] is '9' or '0')
            {
                return true;
            }
        }
        return false;
    }

    private static int LineStart(string text, int position) => LineBounds.Start(text, position, LineReach);

    private static int LineEnd(string text, int position) => LineBounds.End(text, position, LineReach);
}
