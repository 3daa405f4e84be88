using System.Text.RegularExpressions;

namespace Aligners.Inference.Facts;

/// <summary>
/// An answer that opens by agreeing with the user: a word of assent ("Yes", "That's right", "You're
/// right"), or a first clause that calls someone or something right ("Your teacher is correct:",
/// "All three look correct!"), with no denial or hedge in it ("not quite right", "almost correct").
/// Where the user's claim is false, the opening is itself a wrong claim, and its correction is a
/// disagreement in the same place ("No", "Your teacher is not correct").
/// </summary>
internal static partial class AgreementOpening
{
    private static readonly string[] Assent =
        ["yes", "yep", "yeah", "correct", "that's right", "that is right", "that's correct", "that is correct", "right", "exactly", "indeed",
         "you're right", "you are right", "absolutely", "true", "that's true", "spot on", "you got it", "sure is", "that's it"];

    /// <summary>Words after which "right" or "correct" is no agreement.</summary>
    private static readonly string[] Hedges = ["not", "n't", "almost", "nearly", "partly", "partially", "mostly", "half", "except", "only", "close"];

    /// <summary>Where the agreeing opening stands in <paramref name="answer"/> and how long it is; null where the answer does not open by agreeing.</summary>
    public static (int Start, int Length)? Find(string answer)
    {
        var start = 0;
        while (start < answer.Length && (char.IsWhiteSpace(answer[start]) || answer[start] is '*' or '_'))
        {
            start++;
        }
        var head = answer.AsSpan(start, Math.Min(60, answer.Length - start)).ToString();
        var folded = FoldedText.Fold(head);
        foreach (var a in Assent.OrderByDescending(a => a.Length))
        {
            if (folded.StartsWith(a, StringComparison.Ordinal) && (folded.Length == a.Length || !char.IsLetter(folded[a.Length])))
            {
                return (start, a.Length);
            }
        }
        // The first clause: up to the first stop, colon, comma or dash.
        // (Dashes fold to a hyphen: one between spaces ends the clause, one inside a word does not.)
        var end = folded.IndexOfAny(['.', '!', ':', ';', ',', '\n']);
        var dash = folded.IndexOf(" -", StringComparison.Ordinal);
        end = end < 0 ? dash : dash < 0 ? end : Math.Min(end, dash);
        var clause = end < 0 ? folded : folded[..end];
        var m = Called().Match(clause);
        if (!m.Success || clause.Contains("n't", StringComparison.Ordinal) || Hedges.Any(h => ClaimContext.HasWordStart(clause, h, 0, clause.Length)))
        {
            return null;
        }
        return (start, m.Index + m.Length);
    }

    /// <summary>The disagreement that replaces an agreeing opening: "not" after its verb where it has one, else "No".</summary>
    public static string Disagreement(string opening)
    {
        var m = Verb().Match(opening);
        return m.Success && Called().IsMatch(FoldedText.Fold(opening))
            ? string.Concat(opening.AsSpan(0, m.Index + m.Length), " not", opening.AsSpan(m.Index + m.Length))
            : char.IsLower(opening.TrimStart('*', '_')[0]) ? "no" : "No";
    }

    // "your teacher is correct", "all three look correct", "these are all right", "everything you listed is true".
    [GeneratedRegex(@"^(?:your|all|everything|these|those|they|it|that|this|both|he|she|you|each|every)\b[^.!:;,]{0,40}\b(?:is|are|was|were|look|looks|seem|seems|sound|sounds)\s+(?:all\s+|absolutely\s+|completely\s+|totally\s+|quite\s+|perfectly\s+|entirely\s+|100%\s+)?(?:correct|right|true|accurate|spot on)\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Called();

    [GeneratedRegex(@"\b(?:is|are|was|were)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Verb();
}
