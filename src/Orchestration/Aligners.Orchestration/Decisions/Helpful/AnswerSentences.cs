namespace Aligners.Orchestration.Decisions.Helpful;

/// <summary>
/// An answer read as the helpful flag rules read it: lower case with typographic apostrophes made
/// plain, cut into sentences at a full stop, question or exclamation mark, or line break, in
/// plain code (no regex that could backtrack on a long answer).
/// </summary>
public static class AnswerSentences
{
    /// <summary><paramref name="text"/> in lower case, with ’ as '.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.ToLowerInvariant().Replace('’', '\'');
    }

    /// <summary>The sentences of <paramref name="text"/>, normalized and trimmed, empty ones left out.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var normal = Normalize(text);
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < normal.Length; i++)
        {
            var c = normal[i];
            // A full stop inside a number ("2.5") or a name ("node.js") does not end a sentence.
            var ends = c is '!' or '?' or '\n' || (c == '.' && (i + 1 == normal.Length || char.IsWhiteSpace(normal[i + 1])));
            if (ends)
            {
                Add(sentences, normal[start..(i + 1)]);
                start = i + 1;
            }
        }
        Add(sentences, normal[start..]);
        return sentences;
    }

    /// <summary>The number of words in <paramref name="sentence"/>, split at white space.</summary>
    public static int Words(string sentence) =>
        sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Whether <paramref name="text"/> holds any of <paramref name="markers"/>.</summary>
    public static bool HasAny(string text, IEnumerable<string> markers) =>
        markers.Any(m => text.Contains(m, StringComparison.Ordinal));

    /// <summary>Whether <paramref name="text"/> holds a digit: a number is a concrete answer, or part of one.</summary>
    public static bool HasDigit(string text) => text.Any(char.IsDigit);

    private static void Add(List<string> sentences, string sentence)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Any(char.IsLetterOrDigit))
        {
            sentences.Add(trimmed);
        }
    }
}
