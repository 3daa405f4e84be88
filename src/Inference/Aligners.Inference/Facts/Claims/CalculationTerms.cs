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
        return (before >= 0 && Operator(text, before)) || (after < text.Length && (Operator(text, after) || text[after] is '²' or '³'));
    }

    // "**206 bones**" is Markdown's bold, not a product: an asterisk counts only alone.
    private static bool Operator(string text, int at) =>
        text[at] is '×' or '·' or '/' or '^'
        || (text[at] == '*' && (at == 0 || text[at - 1] != '*') && (at + 1 == text.Length || text[at + 1] != '*'));
}
