using Aligners.Orchestration.Decisions.Wording;

namespace Aligners.Orchestration.Tests.Decisions.Wording;

[Trait("Category", "Unit")]
public class AnswerCuesTests
{
    [Theory]
    [InlineData("Two-factor authentication adds a second step. To turn it on, open Settings and choose Security.")]
    [InlineData("2-Step Verification protects your account; you can switch it on under Security.")]
    [InlineData("A router keeps its settings in memory, so hold the reset button for ten seconds.")]
    [InlineData("A budget is a plan.\n1. List your income\n2. List your bills")]
    public void AnInstruction_AnswersAHowToQuestion(string text)
    {
        Assert.True(AnswerCues.Gives(text, AskedFor.HowTo));
    }

    [Theory]
    [InlineData("Two-factor authentication asks for a second proof, like a code on your phone, after your password.")]
    [InlineData("A cover letter is a short letter sent with your resume that explains why you want the job.")]
    [InlineData("Water is a liquid that plants take up through their roots.")]
    public void ADescription_GivesNoInstruction(string text)
    {
        Assert.False(AnswerCues.Gives(text, AskedFor.HowTo));
    }

    [Theory]
    [InlineData("A cover letter is a letter of one page.", true)]
    [InlineData("Keep it under 400 words.", true)]
    [InlineData("A cover letter is a short letter sent with your resume.", false)]
    public void ANumber_AnswersAnAmount(string text, bool gives)
    {
        Assert.Equal(gives, AnswerCues.Gives(text, AskedFor.Amount));
    }

    [Theory]
    [InlineData("A hybrid is better for a beginner than a road bike.", AskedFor.Choice, true)]
    [InlineData("A hybrid bike is a bike with flat handlebars.", AskedFor.Choice, false)]
    [InlineData("Yes, a light run is fine if the cold is above the neck.", AskedFor.Whether, true)]
    [InlineData("A cold is a viral infection of the nose and throat.", AskedFor.Whether, false)]
    public void APreferenceOrAVerdict_AnswersAChoiceOrAYesOrNo(string text, AskedFor asked, bool gives)
    {
        Assert.Equal(gives, AnswerCues.Gives(text, asked));
    }
}
