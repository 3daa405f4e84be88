namespace Aligners.Inference.Facts;

/// <summary>
/// Whether an answer gives the fact its prompt asks for: every claim the checker read in it is
/// confirmed, and one of them is about something the prompt names ("the capital of Australia"
/// under "capital of australia?", "whether 91 is prime" under "Is 91 prime?"). Such an answer
/// answers the question, however short or casual; a confirmed fact about something else (the
/// history of Linux under a question on setting up a git repository) does not count.
/// </summary>
public static class AskedFacts
{
    // Words every subject is phrased with; they say nothing about what the prompt is about.
    private static readonly HashSet<string> Framing = new(StringComparer.Ordinal)
    {
        "the", "of", "a", "an", "in", "on", "at", "to", "and", "or", "is", "are", "who", "what", "which", "with", "by",
        "credited", "whether", "for", "from", "as", "its", "it", "number", "human",
    };

    /// <summary>Whether <paramref name="report"/>, the checker's report on an answer to <paramref name="prompt"/>, confirms what was asked.</summary>
    public static bool Answered(FactReport report, string prompt)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(prompt);
        if (!report.Confirmed)
        {
            return false;
        }
        var asked = Words(prompt);
        return report.Findings.Any(f => Words(f.Subject).Any(w => !Framing.Contains(w) && asked.Contains(w)));
    }

    // Runs of letters or of digits, lower-cased: "9x8" holds "9", "x" and "8", as "9 x 8" does.
    private static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var kind = i < text.Length ? Kind(text[i]) : 0;
            var previous = start >= 0 ? Kind(text[start]) : 0;
            if (start >= 0 && kind != previous)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
            if (start < 0 && kind != 0)
            {
                start = i;
            }
        }
        return words;
    }

    private static int Kind(char c) => char.IsLetter(c) ? 1 : char.IsDigit(c) ? 2 : 0;
}
