namespace Aligners.Inference.Privacy;

/// <summary>
/// Where the line holding a position starts and ends, looked for no further than a reach, so that
/// a rule reading a value's line costs the same on a text of one line as on a text of many.
/// </summary>
internal static class LineBounds
{
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
