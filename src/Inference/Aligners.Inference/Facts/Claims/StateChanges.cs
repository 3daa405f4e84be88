namespace Aligners.Inference.Facts;

/// <summary>
/// A state reached by a change or under other conditions ("they turn liquid in a warm room",
/// "becomes a gas when heated"): it says what happens away from room temperature, so it is no
/// claim about the state at room temperature and is not read as one.
/// </summary>
internal static class StateChanges
{
    /// <summary>Folded words of change that end right before the state (an article may follow them).</summary>
    private static readonly string[] Changes =
        ["turn", "turns", "turned", "turning", "become", "becomes", "became", "becoming", "go", "goes", "went", "going",
         "into", "to", "melt", "melts", "melted", "change", "changes", "changed", "convert", "converts"];

    /// <summary>Folded conditions that, right after the state, name other conditions than room temperature.</summary>
    private static readonly string[] Conditions =
        [" in a warm", " in a hot", " in your hand", " in the hand", " in one's hand", " when heated", " if heated", " once heated",
         " when warmed", " if warmed", " when cooled", " if cooled", " when chilled", " when frozen", " on a hot", " on a warm",
         " above ", " below ", " under pressure", " under high pressure", " at high", " at low", " at higher", " at lower", " if you", " when you"];

    /// <summary>Whether the state at <paramref name="at"/> (of <paramref name="length"/> characters) in <paramref name="folded"/> is reached by a change or under other conditions.</summary>
    public static bool Holds(string folded, int at, int length)
    {
        var before = folded.AsSpan(0, at).TrimEnd();
        foreach (var article in new[] { " a", " an" })
        {
            if (before.EndsWith(article, StringComparison.Ordinal))
            {
                before = before[..^article.Length].TrimEnd();
                break;
            }
        }
        var wordStart = before.Length;
        while (wordStart > 0 && char.IsLetter(before[wordStart - 1]))
        {
            wordStart--;
        }
        if (Changes.Contains(before[wordStart..].ToString()))
        {
            return true;
        }
        var after = folded.AsSpan(Math.Min(folded.Length, at + length));
        foreach (var c in Conditions)
        {
            if (after.StartsWith(c, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
