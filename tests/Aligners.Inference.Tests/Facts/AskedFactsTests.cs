using Aligners.Inference.Facts;

namespace Aligners.Inference.Tests.Facts;

[Trait("Category", "Unit")]
public class AskedFactsTests
{
    private static bool Answered(string prompt, string answer) => AskedFacts.Answered(FactChecker.Default.Check(prompt, answer), prompt);

    [Theory]
    [InlineData("capital of peru??", "Lima, up in the Andes foothills.")]
    [InlineData("is 97 a prime number", "Yep, 97 is prime.")]
    [InlineData("quick: what's 7x6", "42.")]
    [InlineData("what currency do they use in switzerland", "The Swiss franc.")]
    public void A_short_answer_giving_the_checked_fact_asked_for_answers_the_question(string prompt, string answer)
    {
        Assert.True(Answered(prompt, answer));
    }

    [Theory]
    [InlineData("How do I set up a new git repository?", "Git was written by Linus Torvalds, who also created Linux.")]
    [InlineData("capital of peru??", "It's Bogotá.")]
    [InlineData("capital of peru??", "Good question, have a look in an atlas.")]
    public void A_confirmed_fact_about_something_else_a_wrong_fact_or_none_does_not(string prompt, string answer)
    {
        Assert.False(Answered(prompt, answer));
    }
}
