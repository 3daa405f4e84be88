namespace Aligners.Inference.Privacy;

/// <summary>
/// A line that lists versions: it names at least two versioned things ("version", "build", "API",
/// "schema", "plugin", "agent", ...) and holds another four-part number that such a word labels
/// ("Agent version 2.4.1.0, plugin API 3.0.0.1, schema 1.2.0.0"). Every four-part number on it is
/// a version, even one whose own label is a product's name, unless a word naming a machine labels
/// it ("server", "node", "from"). Reads a bounded window of the line.
/// </summary>
internal static class VersionLine
{
    private const int Reach = 160;

    private const int LabelReach = 24;

    private static readonly ContextWords VersionedWords = new(
        "version", "versions", "ver", "versie", "versión", "versione", "build", "release", "firmware", "sdk", "runtime", "api", "schema",
        "plugin", "plug-in", "agent", "protocol", "driver", "module", "engine", "kernel", "bios", "library", "framework", "extension", "package");

    private static readonly ContextWords MachineWords = new("server", "node", "router", "proxy", "from", "via", "at", "machine", "device");

    /// <summary>The four-part number at [<paramref name="start"/>, <paramref name="end"/>) stands in a line of versions.</summary>
    public static bool Holds(string text, int start, int end)
    {
        var from = LineBounds.Start(text, start, Reach - 1);
        var to = LineBounds.End(text, end, Reach - 1);
        if (Label(text, from, start, MachineWords) || CountWords(text.AsSpan(from, to - from)) < 2)
        {
            return false;
        }
        for (var i = from; i < to; i++)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] == '.')))
            {
                continue;
            }
            var k = i;
            var dots = 0;
            while (k < to && (char.IsAsciiDigit(text[k]) || (text[k] == '.' && k + 1 < to && char.IsAsciiDigit(text[k + 1]))))
            {
                dots += text[k] == '.' ? 1 : 0;
                k++;
            }
            if (dots == 3 && i != start && Label(text, from, i, VersionedWords))
            {
                return true;
            }
            i = k;
        }
        return false;
    }

    /// <summary>One of <paramref name="words"/> ends within <see cref="LabelReach"/> characters before <paramref name="at"/>, with no digit after it.</summary>
    private static bool Label(string text, int lineStart, int at, ContextWords words)
    {
        var from = Math.Max(lineStart, at - LabelReach);
        var before = text.AsSpan(from, at - from);
        var end = words.LastEnd(before);
        return end >= 0 && !before[end..].ContainsAnyInRange('0', '9') && !before[end..].ContainsAny(',', ';');
    }

    /// <summary>How many of the versioned things' words the line names, counted up to two.</summary>
    private static int CountWords(ReadOnlySpan<char> line)
    {
        var first = VersionedWords.LastEnd(line);
        if (first < 0)
        {
            return 0;
        }
        var start = first;
        while (start > 0 && char.IsLetter(line[start - 1]))
        {
            start--;
        }
        return VersionedWords.Contains(line[..start]) ? 2 : 1;
    }
}
