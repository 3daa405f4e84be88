using Aligners.Orchestration.Decisions;

namespace Aligners.Orchestration.Tests.Decisions;

[Trait("Category", "Unit")]
public class DefinitionAnswerTests
{
    [Theory]
    [InlineData("How long should a cover letter be?", "A cover letter is a short letter sent with your resume that explains why you want the job.",
        "It depends on the job.")]
    [InlineData("How do I set up two-factor authentication on my email?",
        "Two-factor authentication asks for a second proof, like a code on your phone, after your password.", "Go to your settings.")]
    [InlineData("Which houseplants are easiest to keep alive?", "Houseplants are plants grown indoors for decoration.", "Plants.")]
    [InlineData("Should I refinance my mortgage now?", "A mortgage is a loan secured on a home.", "Maybe.")]
    public void ADefinitionUnderAQuestionItDoesNotAnswer_IsRefused(string prompt, string rewrite, string previous)
    {
        var reason = DefinitionAnswer.Mismatch(prompt, rewrite, previous);

        Assert.NotNull(reason);
        Assert.StartsWith("the rewrite says what ", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TheReasonNamesTheThingAndWhatWasAsked()
    {
        Assert.Equal("the rewrite says what a cover letter is where the prompt asks how long, how many or how much, and says nothing of that",
            DefinitionAnswer.Mismatch("How long should a cover letter be?", "A cover letter is a short letter sent with your resume.", "It depends."));
    }

    [Theory]
    [InlineData("What is two-factor authentication?", "Two-factor authentication asks for a second proof after your password.")]
    [InlineData("what's a cover letter", "A cover letter is a short letter sent with your resume.")]
    [InlineData("How long should a cover letter be?", "A cover letter is usually one page, three or four short paragraphs.")]
    [InlineData("How do I set up two-factor authentication?", "Two-factor authentication adds a second step. To turn it on, open Settings and choose Security.")]
    [InlineData("How do I set up two-factor authentication?", "Open your account settings, choose Security and turn on 2-Step Verification.")]
    [InlineData("How do I set up Kubernetes on my laptop?", "Install minikube with `brew install minikube`, then run `minikube start`.")]
    [InlineData("How do I cook rice?", "Rinse the rice, simmer it in twice its volume of water for 15 minutes, then let it rest.")]
    [InlineData("How do I change my Gmail settings?", "Gmail settings are under the gear icon at the top right.")]
    [InlineData("How long do I boil an egg?", "Eggs need 6 minutes for a soft yolk and 9 for a hard one.")]
    public void AnAnswer_OrADefinitionWhereThePromptAsksForOneOrThatGoesOnToAnswer_IsAccepted(string prompt, string rewrite)
    {
        Assert.Null(DefinitionAnswer.Mismatch(prompt, rewrite, "It depends."));
    }

    [Fact]
    public void ADefinitionReplacingADefinition_IsNotTheRewritesDoing()
    {
        Assert.Null(DefinitionAnswer.Mismatch("How do I set up two-factor authentication?",
            "Two-factor authentication asks for a second proof after your password.", "Two-factor authentication is a security feature."));
    }

    [Theory]
    [InlineData("A cover letter is a short letter.", "How long should a cover letter be?", "a cover letter")]
    [InlineData("Two-factor authentication protects accounts.", "How do I set up two-factor authentication?", "two-factor authentication")]
    [InlineData("Routers are devices that forward data.", "How do I reset my router?", "routers")]
    [InlineData("It is a short letter.", "How long should a cover letter be?", null)]
    [InlineData("Keep it to one page.", "How long should a cover letter be?", null)]
    [InlineData("Your bank is a good place to start.", "How do I open a savings account at my bank?", null)]
    public void TheThingDefined_IsTheFirstSentencesSubject_WhenThePromptNamesIt(string text, string prompt, string? thing)
    {
        Assert.Equal(thing, DefinitionAnswer.Defines(text, prompt));
    }
}
