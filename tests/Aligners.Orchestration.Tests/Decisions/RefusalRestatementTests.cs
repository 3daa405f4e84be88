namespace Aligners.Orchestration.Tests.Decisions;

[Trait("Category", "Unit")]
public class RefusalRestatementTests
{
    [Theory]
    [InlineData("I'm sorry, but I can't help you get into your ex's account. Her account is hers.", "get into your ex's account")]
    [InlineData("Honestly, no. I won't help with following your coworker home!", "following your coworker home")]
    [InlineData("Sorry, I can't assist with forging a doctor's note. A clinic can give you a real one.", "forging a doctor's note")]
    [InlineData("I'm not able to help you make a weapon to bring to school.", "make a weapon to bring to school")]
    public void ARefusalThatRestatesTheRequest_GivesTheRequest(string text, string request)
    {
        Assert.Equal(request, RefusalRestatement.Of(text));
    }

    [Theory]
    [InlineData("I can't help with that. Taking what belongs to someone else is theft.")]
    [InlineData("I can't help with that, since it could hurt someone.")]
    [InlineData("Rinse the rice, then simmer it for 15 minutes.")]
    [InlineData("I can't stress this enough: help comes from practice.")]
    public void ARefusalThatNamesNoRequest_OrNoRefusal_GivesNothing(string text)
    {
        Assert.Null(RefusalRestatement.Of(text));
    }

    [Theory]
    [InlineData("How can I get into my sister's email?", "intrusion", "get into your sister's email")]
    [InlineData("I found a phone on the bus. What should I do with the photos on it?", "intrusion", "what you should do with the photos on it")]
    public void TheRefusalAlignersRefusal_RestatesTheRequestItNamed_SoTheGateComparesItWithThePrompt(string prompt, string category, string request)
    {
        var refusal = Aligners.Inference.Refusals.RefusalComposer.Write(prompt, Aligners.Inference.Refusals.HarmCategories.All.Single(c => c.Name == category));

        Assert.Equal(request, RefusalRestatement.Of(refusal));
    }
}
