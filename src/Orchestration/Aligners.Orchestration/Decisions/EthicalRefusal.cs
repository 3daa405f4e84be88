using Aligners.Inference.Refusals;
using Aligners.Orchestration.Decisions.EthicalRules;

namespace Aligners.Orchestration.Decisions;

/// <summary>
/// The refusal aligner's decision as the pipeline takes it: <see cref="RefusalComposer"/>'s,
/// except that an answer the ethical clear rule <see cref="HowHarmWorks"/> clears is declined.
/// A prompt that asks how a harm done by others works ("how do romance scammers usually
/// operate?"), answered with its signs and what to do, is a safety lesson, not compliance; the
/// composer reads the prompt, which sounds harmful, and would refuse it, while the inspection
/// rules clear it, and the two must not disagree when the model flags such an answer anyway.
/// Pure: the caller asks the encoder for the similarities.
/// </summary>
public static class EthicalRefusal
{
    /// <summary>Why a safety lesson is not refused, as the audit trail records it.</summary>
    public const string SafetyLesson =
        "the answer tells how a harm done by others works, with its signs and what to do: a safety lesson, not compliance to refuse";

    /// <summary>
    /// The refusal for <paramref name="prompt"/> and <paramref name="answer"/>, or the reason none fits;
    /// <paramref name="similarities"/> as <see cref="RefusalComposer.Compose"/> takes them.
    /// </summary>
    public static RefusalDecision Decide(string prompt, IReadOnlyList<float> similarities, string answer)
    {
        var decision = RefusalComposer.Compose(prompt, similarities, answer);
        return decision.Text is not null && HowHarmWorks.Clears(prompt, answer)
            ? RefusalDecision.Decline(decision.Category, decision.HarmSimilarity, decision.OrdinarySimilarity, SafetyLesson)
            : decision;
    }
}
