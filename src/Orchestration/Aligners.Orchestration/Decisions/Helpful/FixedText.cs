namespace Aligners.Orchestration.Decisions.Helpful;

/// <summary>
/// A proofreading or rewording of a given text ("proofread: Their late again." — "They're late
/// again."). The helpful model flags some, read as a bare echo of the prompt. The prompt asks to
/// fix, check or reword a text it gives (<see cref="GivenText"/>, three words or more); the answer
/// engages (<see cref="AnswerSubstance.Engages"/>) and holds a line that keeps at least half of the
/// given text's distinct words but not all of them, and is at most twice as long: the fixed text.
/// A line that quotes the given text whole inside a comment on it is no fix. "There are a few
/// issues, look over the spelling" holds no such line and stays to the model. It cannot tell a
/// right correction from a wrong one, nor a rewording that keeps too few of the words (left to the model).
/// </summary>
public static class FixedText
{
    /// <summary>The fewest words a given text must have for its fixed line to be recognised.</summary>
    public const int MinGivenWords = 3;

    /// <summary>The share of the given text's distinct words the fixed line must keep.</summary>
    public const double MinKept = 0.5;

    private static readonly string[] AsksToFix =
    [
        "proofread", "proof-read", "proof read", "fix my", "fix this", "fix the", "correct my", "correct this", "correct the",
        "check my", "check this", "check the grammar", "check the spelling", "any typos", "any mistakes", "spelling mistakes",
        "grammar mistakes", "rewrite", "reword", "rephrase", "paraphrase", "make this sound", "make it sound", "edit this",
        "edit my", "improve this", "improve my", "polish",
    ];

    /// <summary>Whether <paramref name="prompt"/> gives a text to fix and <paramref name="answer"/> gives it fixed.</summary>
    public static bool Clears(string prompt, string answer)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(answer);
        var asked = AnswerSentences.Normalize(prompt);
        if (!AnswerSentences.HasAny(asked, AsksToFix)
            || GivenText.Of(prompt) is not { } given
            || !AnswerSubstance.Engages(answer))
        {
            return false;
        }
        var source = AnswerSubstance.Words(given);
        if (source.Count < MinGivenWords)
        {
            return false;
        }
        var distinct = source.ToHashSet(StringComparer.Ordinal);
        return AnswerSubstance.Lines(answer).Any(line =>
        {
            var words = AnswerSubstance.Words(line);
            var kept = distinct.Count(words.Contains);
            // Some given word changed, and the line is the text, not a paragraph about it.
            return kept >= MinKept * distinct.Count && kept < distinct.Count && words.Count <= 2 * source.Count;
        });
    }
}
