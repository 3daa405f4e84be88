namespace Aligners.Inference.Facts;

/// <summary>
/// A number written in words that stands for a thing instead of counting one: "ask one before you
/// decide", "choose one of these", "the one that fits". It states no quantity, so it is no claim
/// of a value (a conversion's result, a count) and no correction writes a value in its place.
/// </summary>
internal static class PronounNumbers
{
    /// <summary>
    /// Words that follow a pronoun but never a counted number, whose unit or noun would stand there
    /// ("two and a half" and "one or two" count, so "and" and "or" are not among them).
    /// </summary>
    private static readonly HashSet<string> AfterPronoun = new(StringComparer.OrdinalIgnoreCase)
    {
        "before", "after", "of", "that", "who", "whom", "whose", "which", "if", "when", "whenever", "first", "instead",
        "yourself", "now", "today", "soon", "again", "directly", "for", "about", "with", "from", "please", "because",
        "as", "at", "in", "on", "by", "since", "until", "unless", "while", "who's", "anyway", "too",
    };

    /// <summary>
    /// Whether the number written at <paramref name="start"/> as <paramref name="number"/> is a word
    /// (no digit) followed by a word that only follows a pronoun.
    /// </summary>
    public static bool Holds(string text, int start, string number)
    {
        if (number.Any(char.IsDigit))
        {
            return false;
        }
        var at = start + number.Length;
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }
        var end = at;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] is '\'' or '’'))
        {
            end++;
        }
        return end > at && AfterPronoun.Contains(text[at..end].Replace('’', '\''));
    }
}
