namespace Aligners.Inference.Privacy;

/// <summary>
/// Places that make a four-part dotted number a release version whatever its digits: glued into a
/// file, package or path name (<c>tool-2.4.1031.77-linux-x64.zip</c>, <c>lib_1.9.2210.4.rpm</c>,
/// <c>/builds/6.1.3002.15/</c>), where a name's own separators join it to the words around it, or
/// a cell of a column that a plain-text table (columns aligned with spaces, no rule lines) heads with
/// a version word (<c>firmware</c>, <c>build</c>). A phone number or an address is written apart from
/// the words of a name, and a table says what its column holds. Every check reads a bounded window.
/// </summary>
internal static class VersionPlaces
{
    private const int HeadingReach = 20;
    private const int LineReach = 400;

    /// <summary>
    /// Whether the dotted number at [<paramref name="start"/>, <paramref name="end"/>) is glued into a
    /// name: a '-' or '_' joins it to a letter or digit before it, a '/' to a path segment before it,
    /// or a '-' or '_' to a letter after it.
    /// </summary>
    public static bool InName(string text, int start, int end)
    {
        if (!FourPart(text, start, end))
        {
            return false;
        }
        var glueBefore = start >= 2 && text[start - 1] is '-' or '_' or '/' && char.IsLetterOrDigit(text[start - 2]);
        var glueAfter = end + 1 < text.Length && text[end] is '-' or '_' && char.IsLetter(text[end + 1]);
        return glueBefore || glueAfter;
    }

    /// <summary>
    /// Whether the number at <paramref name="start"/> stands in a plain-text table's column whose
    /// heading is one of <paramref name="headings"/>: the nearest line above (within twenty lines of
    /// rows) that splits into three or more words by runs of two spaces or a tab is the heading line, and
    /// the heading starting last at or before the number's column (two characters of slack, as cells
    /// overflow) names its column.
    /// </summary>
    public static bool InColumnHeaded(string text, int start, ContextWords headings)
    {
        var lineStart = LineStart(text, start);
        if (start - lineStart > LineReach || !Columns(text, lineStart, LineEnd(text, lineStart)))
        {
            return false;
        }
        var column = start - lineStart;
        var line = lineStart;
        for (var n = 0; n < HeadingReach && line > 0; n++)
        {
            var above = LineStart(text, line - 1);
            var aboveEnd = line - 1;
            if (aboveEnd == above)
            {
                return false;
            }
            if (HeadingLine(text, above, aboveEnd, column) is { } heading)
            {
                return headings.Contains(heading);
            }
            line = above;
        }
        return false;
    }

    private static bool FourPart(string text, int start, int end)
    {
        var dots = 0;
        for (var i = start; i < end; i++)
        {
            if (text[i] == '.')
            {
                dots++;
            }
            else if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }
        return dots == 3;
    }

    /// <summary>The heading over <paramref name="column"/> where the line is a heading line (letters only, three or more columns); else null.</summary>
    private static string? HeadingLine(string text, int from, int to, int column)
    {
        if (to - from > LineReach)
        {
            return null;
        }
        var words = 0;
        string? over = null;
        var i = from;
        while (i < to)
        {
            while (i < to && text[i] is ' ' or '\t')
            {
                i++;
            }
            if (i >= to)
            {
                break;
            }
            var wordStart = i;
            while (i < to && !(text[i] == '\t' || (text[i] == ' ' && (i + 1 >= to || text[i + 1] is ' ' or '\t'))))
            {
                if (!(char.IsLetter(text[i]) || text[i] is ' ' or '_' or '-'))
                {
                    return null;
                }
                i++;
            }
            words++;
            if (wordStart - from <= column + 2)
            {
                over = text[wordStart..i];
            }
        }
        return words >= 3 ? over : null;
    }

    /// <summary>The line splits into three or more cells by runs of two spaces or a tab.</summary>
    private static bool Columns(string text, int from, int to)
    {
        if (to - from > LineReach)
        {
            return false;
        }
        var gaps = 0;
        for (var i = from + 1; i < to; i++)
        {
            // A gap opens at a tab, or at the second space of a run of spaces.
            var opens = text[i] == '\t' ? text[i - 1] is not (' ' or '\t') : text[i] == ' ' && text[i - 1] == ' ' && (i - 2 < from || text[i - 2] != ' ');
            gaps += opens ? 1 : 0;
        }
        return gaps >= 2;
    }

    private static int LineStart(string text, int position) => LineBounds.Start(text, position, LineReach);

    private static int LineEnd(string text, int position) => LineBounds.End(text, position, LineReach);
}
