namespace Aligners.Inference.Facts;

/// <summary>
/// A value whose clause has a subject of its own ("A fever is generally 38 °C", "if a fever
/// reaches 39.4 °C", "water boils at 100 °C"): it is said of that subject, not of the measure the
/// prompt asked for, so it may not borrow the measure by its unit alone. The clause is read back
/// from the value to its start: a word that refers back to the asked thing ("it's about 37 °C",
/// "which is around 9.8 m/s²") or no word but hedges and the prompt's own words ("Normal is around
/// 37 °C") leaves the value to the asked measure; any other word names something else.
/// </summary>
internal static class OwnSubjects
{
    /// <summary>Words that refer back to what was asked: the value after them is the asked one.</summary>
    private static readonly HashSet<string> Referring = new(StringComparer.Ordinal)
    {
        "it", "this", "answer", "value", "figure", "both", "they",
    };

    /// <summary>Relative words: they refer back only where they open the clause (", which is about 9.8 m/s²"), not inside it ("a reading that is").</summary>
    private static readonly HashSet<string> Relative = new(StringComparer.Ordinal) { "which", "that" };

    /// <summary>Words that frame a value without naming anything it could be said of.</summary>
    private static readonly HashSet<string> Framing = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "is", "are", "was", "were", "be", "been", "s", "of", "at", "to", "from", "between", "and", "or",
        "about", "around", "roughly", "approximately", "approx", "nearly", "almost", "just", "close", "some", "exactly", "precisely",
        "usually", "typically", "generally", "normally", "commonly", "often", "on", "by", "in", "for", "most", "anything", "anywhere", "somewhere", "slightly", "little", "bit", "than", "under", "over", "above", "below", "less", "more",
        "so", "yes", "no", "well", "though", "although", "but", "while", "whereas", "considered", "taken", "as", "standard", "accepted", "widely",
        "normal", "average", "typical", "mean", "cited", "quoted", "ca", "c", "f", "k", "degrees", "degree",
    };

    /// <summary>
    /// Whether the clause of the value starting at <paramref name="valueStart"/> names a subject of
    /// its own, other than the measure's words and the words of <paramref name="foldedPrompt"/>.
    /// </summary>
    public static bool Names(string folded, int segmentStart, int valueStart, string foldedPrompt, MeasureFact measure)
    {
        var clauseStart = ClauseStart(folded, segmentStart, valueStart);
        var end = valueStart;
        var content = false;
        while (end > clauseStart)
        {
            // The word before end, read back: runs of letters only, so "it's" reads "s" then "it".
            var last = end - 1;
            while (last >= clauseStart && !char.IsLetter(folded[last]))
            {
                last--;
            }
            if (last < clauseStart)
            {
                break;
            }
            var first = last;
            while (first > clauseStart && char.IsLetter(folded[first - 1]))
            {
                first--;
            }
            var word = folded[first..(last + 1)];
            if (Referring.Contains(word) || Relative.Contains(word) && folded.AsSpan(clauseStart, first - clauseStart).Trim().IsEmpty)
            {
                // "It ranges between 36 and 38 °C": the words after it are its verb, not another subject.
                return false;
            }
            // "a fever reaches": a determiner before a word of its own opens a noun phrase, the clause's subject.
            if (Determiners.Contains(word) && content)
            {
                return true;
            }
            content = content || !Framing.Contains(word) && !ClaimContext.HasWordStart(foldedPrompt, word, 0, foldedPrompt.Length)
                && !measure.Subjects.Concat(measure.Cues).Any(s => ClaimContext.HasWordStart(s, word, 0, s.Length));
            end = first;
        }
        // "Water boils at 100 °C": a word of its own with no determiner, and nothing that refers back.
        return content;
    }

    /// <summary>Words that open a noun phrase.</summary>
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "your", "my", "our", "their", "his", "her", "any", "every", "each",
    };

    /// <summary>
    /// Where the value's clause starts: after the last comma, semicolon or colon before it, or at the
    /// segment's start. A bracket does not start one: "38 °C (100.4 °F)" restates the value before it.
    /// </summary>
    private static int ClauseStart(string folded, int segmentStart, int valueStart)
    {
        for (var i = valueStart - 1; i >= segmentStart; i--)
        {
            if (folded[i] is ',' or ';' or ':')
            {
                return i + 1;
            }
        }
        return segmentStart;
    }
}
