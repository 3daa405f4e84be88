namespace Aligners.Inference.Privacy;

/// <summary>
/// A German Steuernummer (a business's or a person's tax number at their tax office) in the slashed groups the offices
/// write it in (<c>NN/NNN/NNNNN</c>, <c>NNN/NNN/NNNNN</c>, <c>NNNN/NNN/NNNN</c>), after its label on its line ("Steuernummer",
/// "St.-Nr.", "StNr"). Its last two groups read as an area code and a line, so a phone reading may take them; the label
/// and the three groups say it is a tax number. Asked by <see cref="PhoneDetector"/>.
/// </summary>
internal static class SlashedTaxNumbers
{
    /// <summary>How far before the number its label may stand on its line.</summary>
    private const int Reach = 48;

    private static readonly ContextWords Labels = new("steuernummer", "steuernr", "steuer-nr", "st.-nr", "st.nr", "stnr", "st-nr");

    /// <summary>The digits at [<paramref name="start"/>, <paramref name="end"/>) are all or part of a labelled Steuernummer in three slashed groups.</summary>
    public static bool Labelled(string text, int start, int end)
    {
        var from = start;
        while (from > 0 && (char.IsAsciiDigit(text[from - 1]) || text[from - 1] == '/'))
        {
            from--;
        }
        var to = end;
        while (to < text.Length && (char.IsAsciiDigit(text[to]) || (text[to] == '/' && to + 1 < text.Length && char.IsAsciiDigit(text[to + 1]))))
        {
            to++;
        }
        if (!ThreeGroups(text.AsSpan(from, to - from)))
        {
            return false;
        }
        var lineStart = from;
        while (lineStart > 0 && from - lineStart < Reach && text[lineStart - 1] != '\n')
        {
            lineStart--;
        }
        return Labels.Contains(text.AsSpan(lineStart, from - lineStart));
    }

    /// <summary>Three groups of digits joined by slashes, ten to thirteen digits in all, each group of two to six (offices differ, and writers slip by a digit).</summary>
    private static bool ThreeGroups(ReadOnlySpan<char> token)
    {
        int groups = 0, digits = 0;
        foreach (var range in token.Split('/'))
        {
            var group = token[range];
            if (group.Length is < 2 or > 6 || group.ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }
            groups++;
            digits += group.Length;
        }
        return groups == 3 && digits is >= 10 and <= 13;
    }
}
