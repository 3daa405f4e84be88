namespace Aligners.Inference.Facts;

/// <summary>
/// A range written as two numbers with one unit ("36.1 to 37.2 °C", "36–38 °C", "between 9.7 and
/// 9.9 m/s²"): the lower bound carries no unit of its own but shares the upper one's, and a range
/// that holds the right value confirms it rather than contradicting it with either bound.
/// </summary>
internal static class ValueRanges
{
    /// <summary>The words or signs that join a range's bounds.</summary>
    private static readonly string[] Joins = ["to", "-", "–", "—", "and", "through"];

    /// <summary>
    /// Whether <paramref name="upper"/>, read as <paramref name="upperValue"/>, closes a range that
    /// opens with the number right before it in <paramref name="quantities"/> and holds
    /// <paramref name="expected"/>; <paramref name="convert"/> reads the lower bound in the upper one's unit.
    /// </summary>
    public static bool Holds(string text, List<WrittenQuantity> quantities, WrittenQuantity upper, double upperValue, Func<double, double?> convert, double expected)
    {
        var at = quantities.IndexOf(upper);
        if (at <= 0)
        {
            return false;
        }
        var lower = quantities[at - 1];
        if (lower.End > upper.Start || lower.Units.Count > 0 && !lower.Units.SequenceEqual(upper.Units)
            || !Joins.Contains(text[lower.End..upper.Start].Trim().ToLowerInvariant(), StringComparer.Ordinal))
        {
            return false;
        }
        return convert(lower.Value) is { } low && Math.Min(low, upperValue) <= expected && expected <= Math.Max(low, upperValue);
    }
}
