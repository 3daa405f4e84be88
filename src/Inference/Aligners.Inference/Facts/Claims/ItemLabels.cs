namespace Aligners.Inference.Facts;

/// <summary>
/// Labels that number an item of a quiz or a list ("Q7:", "A2.", "Q12)"): a capital letter joined
/// to digits reads like the start of a name to a pattern of capitalised words, but it names nothing,
/// and a correction put in its place would leave the wrong name standing after it.
/// </summary>
internal static class ItemLabels
{
    /// <summary>
    /// Whether the name found at <paramref name="start"/> with <paramref name="length"/> characters
    /// is the letter of such a label: one or two letters followed at once by a digit.
    /// </summary>
    public static bool IsLabel(string text, int start, int length)
    {
        var end = start + length;
        return length is >= 1 and <= 2 && end < text.Length && char.IsAsciiDigit(text[end])
            && (start == 0 || !char.IsLetterOrDigit(text[start - 1]));
    }
}
