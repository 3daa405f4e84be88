namespace Aligners.Inference.Facts;

/// <summary>
/// The clause after an answer's "Yes" or "No" that says who is right or wrong: "your friend is
/// right", "you're correct", "that's right", "he's mistaken". When the opening word is turned, the
/// clause is turned with it, or it would still agree with the wrong value ("No, your friend is
/// right"); it is dropped whole, the turned word standing for it.
/// </summary>
internal static class AgreementClauses
{
    /// <summary>Words a clause of judgement opens with: the user, a third party, or what was said.</summary>
    private static readonly HashSet<string> Subjects = new(StringComparer.Ordinal)
    {
        "you", "you're", "youre", "your", "he", "he's", "hes", "she", "she's", "shes", "they", "they're", "theyre",
        "that", "that's", "thats", "this", "it", "it's", "its", "my", "the", "both",
    };

    /// <summary>Last words of a judgement of what the user or someone else said.</summary>
    private static readonly HashSet<string> Judgements = new(StringComparer.Ordinal)
    {
        "right", "correct", "true", "accurate", "wrong", "mistaken", "incorrect", "false", "on", "it",
    };

    /// <summary>
    /// Where a judgement clause that starts after <paramref name="from"/> (past punctuation and
    /// spaces) ends, or null where the next clause is none.
    /// </summary>
    public static int? EndAfter(string text, int from)
    {
        var start = from;
        while (start < text.Length && text[start] is ' ' or ',' or '!' or '.' or '—' or '–' or '-' or ':' or ';')
        {
            start++;
        }
        var end = start;
        while (end < text.Length && text[end] is not ('.' or '!' or ',' or ':' or ';' or '—' or '–' or '\n' or '?')
            && !(text[end] == '-' && end > 0 && text[end - 1] == ' '))
        {
            end++;
        }
        var words = FoldedText.Fold(text[start..end]).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('*', '_', '"')).ToList();
        if (words.Count is < 2 or > 7 || !Subjects.Contains(words[0]) || !Judgements.Contains(words[^1]))
        {
            return null;
        }
        // "spot on" and "got it" are judgements only whole.
        if (words[^1] == "on" && words[^2] != "spot" || words[^1] == "it" && words[^2] != "got")
        {
            return null;
        }
        return end - (end > start && text[end - 1] == ' ' ? 1 : 0);
    }
}
