using Aligners.Orchestration.Decisions.Wording;

namespace Aligners.Orchestration.Tests.Decisions.Wording;

[Trait("Category", "Unit")]
public class QuestionKindsTests
{
    [Theory]
    [InlineData("How do I set up two-factor authentication on my account?", AskedFor.HowTo)]
    [InlineData("What's the easiest way to descale a kettle?", AskedFor.HowTo)]
    [InlineData("steps to reset a router", AskedFor.HowTo)]
    [InlineData("How long should a cover letter be?", AskedFor.Amount)]
    [InlineData("how many eggs go in a sponge cake", AskedFor.Amount)]
    [InlineData("How much should I tip in a restaurant?", AskedFor.Amount)]
    [InlineData("Which is better for a beginner, a road bike or a hybrid?", AskedFor.Choice)]
    [InlineData("I'm not sure whether to repaint the fence this year.", AskedFor.Whether)]
    [InlineData("I have a cold. Should I still go running?", AskedFor.Whether)]
    public void AQuestionThatADefinitionDoesNotAnswer_IsReadForWhatItAsks(string prompt, AskedFor asked)
    {
        Assert.Equal(asked, QuestionKinds.Of(prompt));
    }

    [Theory]
    [InlineData("What is two-factor authentication?")]
    [InlineData("what's a Roth IRA")]
    [InlineData("Can you explain what compound interest is?")]
    [InlineData("What does idempotent mean?")]
    [InlineData("What is a cover letter and how long should it be?")]
    [InlineData("Write a short poem about autumn.")]
    [InlineData("Why is the sky blue?")]
    public void AQuestionOnWhatAThingIs_OrNoQuestionOfTheseKinds_IsOpen(string prompt)
    {
        Assert.Equal(AskedFor.Open, QuestionKinds.Of(prompt));
    }
}
