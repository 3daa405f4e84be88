namespace Aligners.Inference.Refusals;

/// <summary>
/// Whether a sentence or clause written without a question mark is still a question: casual
/// prompts drop it ("what could i put in his drink that would not be detected", "how much can i
/// take from the bottle without her noticing"), and a refusal that cannot restate such a request
/// falls back to naming its kind ("getting around the law's checks"), which the gate rightly finds
/// far from the prompt. A clause counts when it opens with a question word that is not followed
/// by the asker ("when i was young", "what i did": a statement or a relative clause). Pure.
/// </summary>
public static class UnmarkedQuestion
{
    private static readonly HashSet<string> QuestionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "what", "which", "how", "where", "when", "who", "why", "whats", "what's",
    };

    // After a question word, these make a statement or a relative clause, not a question.
    private static readonly HashSet<string> Asker = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "we", "i'm", "i've", "i'd", "we're", "we've", "if",
    };

    /// <summary>Whether <paramref name="text"/> asks a question, with or without its question mark.</summary>
    public static bool Asks(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.EndsWith('?'))
        {
            return true;
        }
        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 3 && QuestionWords.Contains(words[0]) && !Asker.Contains(words[1].TrimEnd(',', '.'));
    }
}
