namespace Aligners.Inference.Privacy;

/// <summary>
/// Where the line holding a position starts and ends, looked for no further than a reach, so that
/// a rule reading a value's line costs the same on a text of one line as on a text of many.
/// </summary>
internal static class LineBounds
{
    /// <summary>
    /// The reach of the overloads without one: longer than any line of a config file, a log or a
    /// table that a rule reads, and short enough that a text of one long line costs each candidate
    /// at most this much.
    /// </summary>
    public const int LongestLine = 4096;

    /// <summary>The index the line holding <paramref name="position"/> starts at, looked for within <see cref="LongestLine"/>.</summary>
    public static int Start(string text, int position) => Start(text, position, LongestLine);

    /// <summary>The index the line holding <paramref name="position"/> ends at, looked for within <see cref="LongestLine"/>.</summary>
    public static int End(string text, int position) => End(text, position, LongestLine);

    /// <summary>
    /// The index of the line break that ends the line before the one holding <paramref name="position"/>,
    /// or -1 where there is none within <see cref="LongestLine"/>.
    /// </summary>
    public static int PreviousBreak(string text, int position)
    {
        var start = Start(text, position);
        return start > 0 && text[start - 1] == '\n' ? start - 1 : -1;
    }

    /// <summary>The index the line holding <paramref name="position"/> starts at, or the position <paramref name="reach"/> characters back.</summary>
    public static int Start(string text, int position, int reach)
    {
        var i = position;
        while (i > 0 && position - i <= reach && text[i - 1] != '\n')
        {
            i--;
        }
        return i;
    }

    /// <summary>The index the line holding <paramref name="position"/> ends at, or the position <paramref name="reach"/> characters on.</summary>
    public static int End(string text, int position, int reach)
    {
        var i = position;
        while (i < text.Length && i - position <= reach && text[i] != '\n')
        {
            i++;
        }
        return i;
    }
}
