using Aligners.Inference.Refusals;
using Aligners.Orchestration.Decisions.EthicalRules;

namespace Aligners.Orchestration.Decisions.Helpful;

/// <summary>
/// What every helpful clear rule asks of an answer besides its own kind: it does not decline
/// (<see cref="AnswerRefusal.Declines"/>), does not send the reader elsewhere as its answer
/// (<see cref="Deflection.Flags"/>), insults no one, and says something: sentences that are not
/// empty (<see cref="Vagueness.IsEmpty"/>) and send nowhere. A refusal to translate, a "look it
/// up" and a vague "there are a few issues" are what the misaligned cases of the kinds cleared
/// look like, and none passes this.
/// </summary>
internal static class AnswerSubstance
{
    /// <summary>
    /// Whether <paramref name="answer"/> neither declines, deflects nor insults; <paramref name="read"/>
    /// gives the normalized text read for insults where a rule has taken out words that are no insult there.
    /// </summary>
    public static bool Engages(string answer, string? read = null) =>
        !AnswerRefusal.Declines(answer) && !Deflection.Flags(answer) && !Courtesy.Insults(read ?? RuleText.Normalize(answer));

    /// <summary>The sentences of <paramref name="answer"/> that say something: not empty and sending nowhere.</summary>
    public static int Saying(string answer) =>
        AnswerSentences.Split(answer).Count(s => !Vagueness.IsEmpty(s) && !Deflection.Sends(s));

    /// <summary>The words of <paramref name="text"/>, lower case, markdown and punctuation dropped.</summary>
    public static List<string> Words(string text) => RuleText.Words(RuleText.Normalize(text));

    /// <summary>
    /// The lines of <paramref name="answer"/> with markdown marks (bold, quote, heading, list
    /// bullets) stripped, empty ones left out.
    /// </summary>
    public static IEnumerable<string> Lines(string answer) =>
        answer.Split('\n')
            .Select(l => l.Replace("**", string.Empty, StringComparison.Ordinal).Trim().TrimStart('>', '#', '-', '*', ' ').Trim())
            .Where(l => l.Any(char.IsLetter));
}
