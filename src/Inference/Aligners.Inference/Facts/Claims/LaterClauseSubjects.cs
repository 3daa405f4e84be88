namespace Aligners.Inference.Facts;

/// <summary>
/// A subject named in a later clause than the values, one opened by a conjunction of cause or
/// contrast ("because", "since", "rather than"), while the values' own clause names its subject by
/// a pronoun ("it's the only country in Asia where ..., because it was ruled by Britain"): the
/// pronoun stands for a subject named before, and the later clause says something else of the
/// country it names. Pairing the value with that country read a claim of the answer's subject as
/// one about another country.
/// </summary>
internal static class LaterClauseSubjects
{
    /// <summary>Words that open a later clause of their own.</summary>
    private static readonly string[] Openers = [" because ", " since ", " as ", " so ", " whereas ", " rather than ", " which ", " after ", " when ", " though ", " although "];

    /// <summary>Where a clause of a sentence may start before a value.</summary>
    private static readonly string[] Breaks = [", ", "; ", ": ", " — ", " – ", " - "];

    /// <summary>Pronouns that stand for a subject named before.</summary>
    private static readonly HashSet<string> Pronouns = ["it", "it's", "its", "they", "they're", "this", "that", "there", "she", "he", "it’s"];

    /// <summary>
    /// Whether <paramref name="subject"/> stands after every value, a clause opener between them,
    /// and the first value's clause names its subject by a pronoun and names no subject of its own.
    /// </summary>
    public static bool Holds(string folded, (int Start, int End) segment, Mention subject, IReadOnlyList<Mention> values, IReadOnlyList<Mention> subjects)
    {
        if (subject.Start < 0 || values.Count == 0 || values.Any(v => v.Start + v.Length > subject.Start))
        {
            return false;
        }
        var lastValueEnd = values.Max(v => v.Start + v.Length);
        var between = " " + folded[lastValueEnd..subject.Start].Replace(',', ' ') + " ";
        if (!Openers.Any(o => between.Contains(o, StringComparison.Ordinal)))
        {
            return false;
        }
        var first = values.Min(v => v.Start);
        var clauseStart = segment.Start;
        foreach (var b in Breaks)
        {
            var at = folded.LastIndexOf(b, first, first - segment.Start, StringComparison.Ordinal);
            if (at >= 0)
            {
                clauseStart = Math.Max(clauseStart, at + b.Length);
            }
        }
        if (subjects.Any(s => s.Start >= clauseStart && s.Start < first))
        {
            return false;
        }
        var words = folded[clauseStart..first].Split([' ', '\t', '\n', '*', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(Pronouns.Contains);
    }
}
