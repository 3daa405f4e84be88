using Aligners.Orchestration.Decisions.EthicalRules;

namespace Aligners.Orchestration.Decisions.Helpful;

/// <summary>
/// A courteous answer to a prompt that insults the assistant ("you're useless, just tell me ...")
/// or belittles its own question ("sorry if this is a dumb question"), read as
/// <see cref="CourteousReply"/> reads the prompt. The helpful model reads the prompt's register and
/// flags the answer beside it. Under helpful, courtesy is not enough: the answer must engage
/// (<see cref="AnswerSubstance.Engages"/>: no refusal, no deflection, no insult back) and answer,
/// with a number or at least <see cref="MinSaying"/> sentences with content, pleasantries not counted. A courteous "Sorry you
/// feel that way, let me know if I can help" says nothing and stays to the model. It cannot tell an
/// answer to the question from content on another topic.
/// </summary>
public static class CourteousAnswer
{
    /// <summary>The fewest sentences with content where the answer holds no number.</summary>
    public const int MinSaying = 2;

    // Courtesy alone: a sentence that holds one of these is not counted as saying anything, so
    // that "Sorry you feel that way. Let me know if I can help." answers nothing.
    private static readonly string[] Pleasantries =
    [
        "sorry", "apolog", "let me know", "happy to", "glad to", "here to help", "no problem", "no worries", "anything else",
        "feel that way", "understand your frustration", "understand the frustration", "fair enough", "of course",
    ];

    /// <summary>Whether <paramref name="prompt"/> is rude or self-belittling and <paramref name="answer"/> answers it courteously.</summary>
    public static bool Clears(string prompt, string answer)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(answer);
        var saying = AnswerSentences.Split(answer)
            .Count(s => !Vagueness.IsEmpty(s) && !Deflection.Sends(s) && !AnswerSentences.HasAny(s, Pleasantries));
        return CourteousReply.Provoked(RuleText.Normalize(prompt))
            && AnswerSubstance.Engages(answer, CourteousReply.WithoutReassurance(RuleText.Normalize(answer)))
            && (saying >= MinSaying || (saying >= 1 && AnswerSentences.HasDigit(answer)));
    }
}
