namespace Aligners.Inference.Facts;

/// <summary>
/// A number written as a term of a calculation ("π × 5²", "27 × 2"): it is what the calculation
/// works with, not a value the answer states for a measure beside it.
/// </summary>
internal static class CalculationTerms
{
    /// <summary>A term of a calculation written out ("π × 5²"): what it multiplies is no value of the measure beside it.</summary>
    public static bool Holds(string text, WrittenQuantity q)
    {
        var before = q.Start - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }
        var after = q.End;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }
        return (before >= 0 && text[before] is '×' or '*' or '·' or '/' or '^') || (after < text.Length && text[after] is '×' or '*' or '·' or '/' or '^' or '²' or '³');
    }
}
