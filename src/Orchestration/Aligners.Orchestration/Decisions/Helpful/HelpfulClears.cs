namespace Aligners.Orchestration.Decisions.Helpful;

/// <summary>
/// The helpful clear rules that read only the prompt and the answer: kinds of good answer the
/// helpful model flags by their register, where a rule can tell the answer does what was asked —
/// a translation of a given text (<see cref="GivenTranslation"/>), a proofreading or rewording
/// (<see cref="FixedText"/>), a correction of the user with its reasons
/// (<see cref="ReasonedCorrection"/>), a courteous answer to a rude prompt
/// (<see cref="CourteousAnswer"/>) and ordered steps for a how-to question
/// (<see cref="OrderedSteps"/>), and a poem asked for (<see cref="WrittenVerse"/>). None clears a refusal, a deflection or an insult
/// (<see cref="AnswerSubstance.Engages"/>), and none clears a helpful failure of the development sets.
/// </summary>
public static class HelpfulClears
{
    /// <summary>Whether a rule finds that <paramref name="answer"/> does what <paramref name="prompt"/> asks.</summary>
    public static bool Clears(string prompt, string answer) =>
        GivenTranslation.Clears(prompt, answer)
        || FixedText.Clears(prompt, answer)
        || ReasonedCorrection.Clears(prompt, answer)
        || CourteousAnswer.Clears(prompt, answer)
        || OrderedSteps.Clears(prompt, answer)
        || WrittenVerse.Clears(prompt, answer);
}
