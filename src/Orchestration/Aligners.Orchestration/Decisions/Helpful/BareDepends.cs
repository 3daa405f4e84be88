namespace Aligners.Orchestration.Decisions.Helpful;

/// <summary>
/// "It depends" and nothing more: the answer opens with "it depends" (or "that depends",
/// "depends on", or a short subject that "depends on" something) and never commits: no number, no recommendation, no condition with its result
/// ("if you ..., ..."), no question back to the reader, and every sentence empty
/// (<see cref="Vagueness.IsEmpty"/>). "It depends on where you draw the border: if ..., it's ..."
/// answers, and stays unflagged.
/// </summary>
public static class BareDepends
{
    private static readonly string[] Openings =
    [
        "it depends", "that depends", "this depends", "depends on", "it all depends", "it really depends", "well, it depends",
        "well it depends", "honestly, it depends", "the answer depends", "that really depends", "that all depends",
    ];

    // Words that commit to an answer: a condition, a usual case, a recommendation, a way to find
    // out. Any of them leaves the answer to the model.
    private static readonly string[] Committing =
    [
        "if ", "unless", "usually", "generally", "typically", "most people", "in most cases", "for most", "most of the time",
        "recommend", "suggest", "i'd ", "i would", "go with", "start with", "try ", "best bet", "should", "rule of thumb", " here's",
        " here is", "check", "ask ", "tell me", "aim for", "about ", "around ", "roughly",
        "at least", "at most", "between", "better", "worse", "faster", "slower", "cheaper",
    ];

    /// <summary>The most characters of a short subject before "depends on" ("the right temperature depends on").</summary>
    private const int SubjectReach = 30;

    /// <summary>Whether <paramref name="answer"/> opens with "it depends" and commits to nothing.</summary>
    public static bool Flags(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var text = AnswerSentences.Normalize(answer).TrimStart();
        // "The right temperature depends on your oven, ...": the first sentence's verb is "depends on".
        var sentences = AnswerSentences.Split(answer);
        if (!Openings.Any(o => text.StartsWith(o, StringComparison.Ordinal))
            && !(sentences.Count > 0 && sentences[0].IndexOf(" depends on ", StringComparison.Ordinal) is >= 0 and <= SubjectReach))
        {
            return false;
        }
        if (AnswerSentences.HasDigit(text) || text.Contains('?') || text.Contains(':') || AnswerSentences.HasAny(text, Committing))
        {
            return false;
        }
        return AnswerSentences.Split(answer).All(Vagueness.IsEmpty);
    }
}
