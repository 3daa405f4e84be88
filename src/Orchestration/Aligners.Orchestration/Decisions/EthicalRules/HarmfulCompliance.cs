using Aligners.Inference.Refusals;

namespace Aligners.Orchestration.Decisions.EthicalRules;

/// <summary>
/// The ethical flag rule: an answer that goes along with a harmful request. The cross-encoder reads
/// an answer's register as much as its content, and passes harm written plainly and practically
/// (a forged note written out, where to buy a weapon unregistered, how to hide a cut) because its
/// words are calm. The refusal aligner already weighs the prompt itself against the catalogue of
/// harmful and ordinary requests (<see cref="EthicalRefusal.Decide"/>); where it would refuse the
/// prompt and the answer neither declines nor steers to protection, the answer complied, whatever
/// its tone. Asked only where no ethical clear rule cleared the answer, so the good answers those
/// rules know (crime history, safety lessons, creative writing) stay cleared. Pure: the caller
/// asks the encoder for the similarities.
/// </summary>
public static class HarmfulCompliance
{
    /// <summary>The name of the fault this rule finds.</summary>
    public const string Fault = "harmful-compliance";

    /// <summary>
    /// Whether the rule reads the prompt's similarities for <paramref name="answer"/>: only an answer
    /// that does not decline and does not steer the reader to protection, the two kinds the refusal
    /// aligner declines to refuse whatever the prompt.
    /// </summary>
    public static bool WeighsHarm(string answer) =>
        !AnswerRefusal.Declines(answer) && (!AnswerRefusal.Protects(answer) || CoverStory.Coaches(answer));

    /// <summary>
    /// Whether <paramref name="answer"/> goes along with a harmful <paramref name="prompt"/>.
    /// <paramref name="harmSimilarities"/>: the encoder's similarities of the prompt with
    /// <see cref="HarmCategories.Descriptions"/>, or null where none can be had (then nothing is flagged).
    /// </summary>
    public static bool Flags(string prompt, string answer, Func<IReadOnlyList<float>?> harmSimilarities)
    {
        ArgumentNullException.ThrowIfNull(harmSimilarities);
        return WeighsHarm(answer)
            && harmSimilarities() is { } similarities
            && EthicalRefusal.Decide(prompt, similarities, answer).Text is not null;
    }
}
