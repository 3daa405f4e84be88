namespace Aligners.Inference.Facts;

/// <summary>
/// Whether a "first" is the world's: "the first person in space" is, "India's first person in
/// space" and "the first woman in space from Britain" are not. The knowledge holds the world's
/// firsts only, so a first narrowed to a country, a people or a group is left to the neural score.
/// </summary>
internal static class FirstScope
{
    /// <summary>Possessives that keep the world's scope ("the world's first", "history's first").</summary>
    private static readonly string[] WorldWide = ["world's", "earth's", "history's", "humanity's", "mankind's", "humankind's", "planet's"];

    /// <summary>Words that, right after the first, narrow it to a group ("from Britain", "for Japan", "among women").</summary>
    private static readonly string[] Narrowing = ["from", "for", "among", "representing", "of"];

    /// <summary>Whether the first mentioned at <paramref name="first"/> in <paramref name="folded"/> is narrowed to a part of the world.</summary>
    public static bool Narrowed(string folded, Mention first)
    {
        if (first.Start < 0 || first.End > folded.Length)
        {
            return false;
        }
        var before = WordBefore(folded, first.Start);
        if (before.EndsWith("'s", StringComparison.Ordinal) && !WorldWide.Contains(before))
        {
            return true;
        }
        var after = WordAfter(folded, first.End);
        return Narrowing.Contains(after);
    }

    private static string WordBefore(string folded, int start)
    {
        var end = start;
        while (end > 0 && folded[end - 1] == ' ')
        {
            end--;
        }
        var from = end;
        while (from > 0 && (char.IsLetterOrDigit(folded[from - 1]) || folded[from - 1] == '\''))
        {
            from--;
        }
        return folded[from..end];
    }

    private static string WordAfter(string folded, int end)
    {
        var from = end;
        while (from < folded.Length && folded[from] == ' ')
        {
            from++;
        }
        var to = from;
        while (to < folded.Length && char.IsLetter(folded[to]))
        {
            to++;
        }
        return folded[from..to];
    }
}
