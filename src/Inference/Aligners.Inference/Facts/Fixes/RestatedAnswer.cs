namespace Aligners.Inference.Facts;

/// <summary>
/// A relative clause after a corrected value that joins a description of the wrong value to a
/// restatement of what the question asked ("X, which rises to 5,000 m and is Asia's tallest peak"
/// under "tallest mountain in Asia?"): the restatement is true of the right value, since the
/// correction made it the answer, and without it a short answer may no longer read as one; the
/// description before it is not, and goes.
/// </summary>
internal static class RestatedAnswer
{
    private static readonly string[] Relatives = [", which ", ", who ", ", where "];

    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "what", "which", "whats", "does", "have", "that", "this", "with", "from", "there", "their", "about", "into", "is", "the",
    };

    /// <summary>The clause's restating part with its pronoun (", which is Asia's tallest peak"), or null when the clause has none.</summary>
    public static string? Kept(string text, int at, int terminator, string prompt)
    {
        var relative = Relatives.FirstOrDefault(r => string.CompareOrdinal(text, at, r, 0, r.Length) == 0 && at + r.Length <= terminator);
        if (relative is null || prompt.Length == 0)
        {
            return null;
        }
        var clause = text[(at + relative.Length)..terminator];
        var and = clause.LastIndexOf(" and ", StringComparison.Ordinal);
        if (and <= 0)
        {
            return null;
        }
        var second = clause[(and + 5)..];
        var asked = Words(prompt);
        return Words(second).Count(asked.Contains) >= 2 ? relative + second : null;
    }

    /// <summary>The lower-cased content words of a text, possessives folded ("Asia's" is "asia").</summary>
    private static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in text.ToLowerInvariant().Split([' ', ',', '?', '!', '.', ':', ';', '"'], StringSplitOptions.RemoveEmptyEntries))
        {
            var w = raw.EndsWith("'s", StringComparison.Ordinal) || raw.EndsWith("’s", StringComparison.Ordinal) ? raw[..^2] : raw;
            if (w.Length >= 4 && !Common.Contains(w) && w.All(char.IsLetter))
            {
                words.Add(w);
            }
        }
        return words;
    }
}
