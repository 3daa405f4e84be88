namespace Aligners.Inference.Facts;

/// <summary>
/// A number that names rather than counts: "base 10" (a numeral system), "version 3", "step 2",
/// "page 10", "room 101". Such a number is no result of the arithmetic asked, so it is never read
/// as the answer's claim, and a correction put in its place would make a new error of it.
/// </summary>
internal static class NumberLabels
{
    /// <summary>Words after which a number is a label or a system, not a quantity.</summary>
    private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "base", "version", "step", "page", "pages", "room", "chapter", "section", "part", "level", "grade",
        "line", "item", "question", "figure", "table", "option", "episode", "season", "volume",
        "unit", "lesson", "exercise", "problem", "row", "column", "platform", "gate", "floor", "apartment", "suite", "channel",
    };

    /// <summary>Whether the number starting at <paramref name="start"/> in <paramref name="text"/> follows a label word ("base 10").</summary>
    public static bool IsLabelled(string text, int start)
    {
        var end = start;
        // One space or a "#"/"." between the word and the number ("page 10", "No. 5", "room #101").
        while (end > 0 && text[end - 1] is ' ' or '#' or '.' && start - end < 3)
        {
            end--;
        }
        if (end == start || end == 0 || !char.IsLetter(text[end - 1]))
        {
            return false;
        }
        var wordStart = end;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }
        return Labels.Contains(text[wordStart..end]);
    }
}
