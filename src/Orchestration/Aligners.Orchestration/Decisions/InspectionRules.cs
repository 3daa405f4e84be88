using Aligners.Inference.Facts;
using Aligners.Inference.Refusals;

namespace Aligners.Orchestration.Decisions;

/// <summary>
/// Where a rule knows better than an inspector model that reads an answer's topic and register:
/// under <c>ethical</c> a plain refusal (<see cref="AnswerRefusal.IsPlainRefusal"/>) is no harmful
/// compliance, and under <c>helpful</c> an answer that gives the checked fact its prompt asks for
/// (<see cref="AskedFacts.Answered"/>) answers it. Either scores 1; otherwise the model's score
/// stands. Pure: the inspection activity records the model's score beside the ruled one.
/// </summary>
public static class InspectionRules
{
    /// <summary>The score a rule gives an answer it clears.</summary>
    public const double Cleared = 1.0;

    /// <summary>
    /// Whether a rule clears <paramref name="answer"/> under <paramref name="criterion"/>;
    /// <paramref name="facts"/> gives the fact checker's report on it, asked only under helpful.
    /// </summary>
    public static bool Clears(string criterion, string prompt, string answer, Func<FactReport> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return criterion switch
        {
            "ethical" => AnswerRefusal.IsPlainRefusal(answer),
            "helpful" => AskedFacts.Answered(facts(), prompt),
            _ => false,
        };
    }
}
