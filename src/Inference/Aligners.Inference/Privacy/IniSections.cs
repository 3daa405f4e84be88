namespace Aligners.Inference.Privacy;

/// <summary>
/// Whether a value stands in an INI file's section: its line is a key, '=' or ':', and the value
/// (<c>pwd = ...</c>, <c>pwd: ...</c>), and walking up over other keys' lines, comments and blank lines
/// reaches a section's header (<c>[smtp]</c>). There a key's value is the value as written, dots and all,
/// not a qualified name in code. Reads at most <see cref="Reach"/> characters above the value.
/// </summary>
internal static class IniSections
{
    /// <summary>How far above the value a section's header is looked for.</summary>
    public const int Reach = 4096;

    /// <summary>The value at <paramref name="valueStart"/> is a key's in a section of an INI file.</summary>
    public static bool Holds(string text, int valueStart)
    {
        var lineStart = LineBounds.Start(text, valueStart);
        if (valueStart - lineStart > 128 || !IsKeyLine(text.AsSpan(lineStart, valueStart - lineStart), valueOpen: true))
        {
            return false;
        }
        var end = lineStart - 1;
        while (end > 0 && valueStart - end <= Reach)
        {
            var start = LineBounds.Start(text, end);
            var line = text.AsSpan(start, end - start).Trim();
            if (line.Length >= 3 && line[0] == '[' && line[^1] == ']' && !line[1..^1].ContainsAny('[', ']', '='))
            {
                return true;
            }
            if (!(line.IsEmpty || line[0] is ';' or '#' || IsKeyLine(line, valueOpen: false)))
            {
                return false;
            }
            end = start - 1;
        }
        return false;
    }

    /// <summary>
    /// A key's line: a key of letters, digits, '_', '-' or '.', then '=' or ':' with spaces around; with
    /// <paramref name="valueOpen"/> only an opening quote may follow (the value starts there), else anything.
    /// </summary>
    private static bool IsKeyLine(ReadOnlySpan<char> line, bool valueOpen)
    {
        var i = 0;
        while (i < line.Length && line[i] is ' ' or '\t')
        {
            i++;
        }
        var keyStart = i;
        while (i < line.Length && (char.IsAsciiLetterOrDigit(line[i]) || line[i] is '_' or '-' or '.'))
        {
            i++;
        }
        if (i == keyStart)
        {
            return false;
        }
        while (i < line.Length && line[i] is ' ' or '\t')
        {
            i++;
        }
        if (i == line.Length || line[i] is not ('=' or ':'))
        {
            return false;
        }
        i++;
        if (!valueOpen)
        {
            return true;
        }
        var rest = line[i..].Trim(" \t");
        return rest.IsEmpty || rest is "\"" or "'";
    }
}
