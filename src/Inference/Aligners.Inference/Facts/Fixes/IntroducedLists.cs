namespace Aligners.Inference.Facts;

/// <summary>
/// A list that a removed clause introduced: "Spanish, so a few basics will help:" followed by
/// phrases in Spanish. The clause went because it followed from the wrong value; the list only
/// illustrates it and goes with it, and the sentence, which ended on the clause's colon, ends on a
/// full stop instead.
/// </summary>
internal static class IntroducedLists
{
    /// <summary>
    /// <paramref name="edit"/> widened over the list its removed clause introduced, or the edit
    /// itself where the clause ends on no colon or no list follows.
    /// </summary>
    public static TextEdit Widen(string text, TextEdit edit)
    {
        if (edit.Replacement.Length > 0 || edit.End <= edit.Start || text[edit.Start..edit.End].TrimEnd() is not { Length: > 0 } removed || removed[^1] != ':')
        {
            return edit;
        }
        var i = edit.End;
        var last = -1;
        while (i < text.Length)
        {
            var lineEnd = text.IndexOf('\n', i);
            var line = (lineEnd < 0 ? text[i..] : text[i..lineEnd]).Trim();
            if (line.Length == 0 && last < 0)
            {
                i = lineEnd < 0 ? text.Length : lineEnd + 1; // the blank line before the list
                continue;
            }
            if (!Item(line))
            {
                break;
            }
            last = lineEnd < 0 ? text.Length : lineEnd;
            i = lineEnd < 0 ? text.Length : lineEnd + 1;
        }
        return last < 0 ? edit : new TextEdit(edit.Start, last, ".", edit.Why);
    }

    /// <summary>Whether a line is a list item: a bullet, or a number with a stop or bracket.</summary>
    private static bool Item(string line)
    {
        if (line.Length < 2)
        {
            return false;
        }
        if (line[0] is '-' or '*' or '•' && line[1] == ' ')
        {
            return true;
        }
        var d = 0;
        while (d < line.Length && char.IsDigit(line[d]))
        {
            d++;
        }
        return d > 0 && d + 1 < line.Length && line[d] is '.' or ')' && line[d + 1] == ' ';
    }
}
