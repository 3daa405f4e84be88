using Aligners.Inference.Client;
using Aligners.Inference.Generation;

namespace Aligners.Orchestration.Tests.Decisions;

[Trait("Category", "Unit")]
public class AcceptanceGateAnswerTypeTests
{
    private static readonly AlignmentPolicy Policy = new();

    private static Candidate Rewrite(string text, string prompt, string previous, RewriteKind kind = RewriteKind.Composed, bool bundled = true) => new(
        "helpful", new RewrittenText(text, previous, kind, Confidence: bundled ? new RewriteConfidence(-0.5, null) : null),
        Before: new Dictionary<string, double> { ["helpful"] = 0.1, ["ethical"] = 0.99, ["factuality"] = 0.9 },
        After: new Dictionary<string, double> { ["helpful"] = 0.9, ["ethical"] = 0.99, ["factuality"] = 0.9 },
        new TopicEvidence(0.6, 0.55), prompt);

    [Fact]
    public void AComposedDefinitionUnderAHowToQuestion_IsRefusedAsOffTheQuestion()
    {
        var verdict = AcceptanceGate.Evaluate(Rewrite("Two-factor authentication asks for a second proof, like a code on your phone, after your password.",
            "How do I set up two-factor authentication on my email?", "Go to your settings."), Policy);

        Assert.False(verdict.Accepted);
        Assert.Equal("on-topic", verdict.Check);
        Assert.Equal("the rewrite says what two-factor authentication is where the prompt asks how to do something, and says nothing of that", verdict.Reason);
    }

    [Fact]
    public void AnLlmsDefinitionUnderAnAmountQuestion_IsRefusedToo()
    {
        Assert.False(AcceptanceGate.Evaluate(Rewrite("A cover letter is a short letter sent with your resume.", "How long should a cover letter be?",
            "It depends.", bundled: false), Policy).Accepted);
    }

    [Fact]
    public void AGarbledWordBeginningASentence_IsRefusedAsNotWellFormed()
    {
        var verdict = AcceptanceGate.Evaluate(Rewrite("I'mpound interest is interest earned on both your money and the interest already added.",
            "What's the point of a savings account versus a current one?", "Don't bother."), Policy);

        Assert.Equal("well-formed", verdict.Check);
        Assert.StartsWith("the rewrite's word \"I'mpound\" is no English word and no name", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ARefusal_ACorrectionAndARedaction_AreNotReadForEitherCheck()
    {
        var refusal = Rewrite("I can't help you break into an account. Two-factor authentication is there to protect its owner.",
            "How do I get past two-factor authentication on my ex's account?", "Use a SIM swap.");
        var correction = Rewrite("A cover letter is a short letter, and Snstant was founded in 1990.", "How long should a cover letter be?",
            "A cover letter is a short letter, and Snstant was founded in 1980.", RewriteKind.CheckerCorrection);
        var redaction = Rewrite("Snstant is a form. A cover letter is a short letter.", "How long should a cover letter be?",
            "Snstant is a form. A cover letter is a short letter.", RewriteKind.Redaction);

        Assert.True(AcceptanceGate.Evaluate(refusal, Policy).Accepted);
        Assert.True(AcceptanceGate.Evaluate(correction, Policy).Accepted);
        Assert.True(AcceptanceGate.Evaluate(redaction, Policy).Accepted);
    }

    [Theory]
    [InlineData("How do I set up two-factor authentication?", "Open Settings, choose Security and turn on 2-Step Verification. Google sends a code by text.")]
    [InlineData("What is two-factor authentication?", "Two-factor authentication asks for a second proof after your password.")]
    [InlineData("Which laptop should I buy for coding?", "Reykjavik is cold, but a MacBook Air is better for most coders than a gaming laptop.")]
    public void AnswersDefinitionsWhereAskedAndSentenceInitialNames_AreAccepted(string prompt, string text)
    {
        Assert.True(AcceptanceGate.Evaluate(Rewrite(text, prompt, "Any."), Policy).Accepted);
    }
}
