using Aligners.Inference.Refusals;

namespace Aligners.Inference.Tests.Refusals;

[Trait("Category", "Unit")]
public class UnmarkedQuestionTests
{
    [Theory]
    [InlineData("Why is the sky blue?")]
    [InlineData("what could i put in his tea")]
    [InlineData("how much can i take from the till")]
    [InlineData("whats the best way to fix a bike")]
    public void A_question_with_or_without_its_question_mark_asks(string text) =>
        Assert.True(UnmarkedQuestion.Asks(text));

    [Theory]
    [InlineData("when i was young i stole a bike")]
    [InlineData("what i did was wrong")]
    [InlineData("my car is red")]
    [InlineData("why not")]
    public void A_statement_or_a_clause_too_short_to_ask_does_not_ask(string text) =>
        Assert.False(UnmarkedQuestion.Asks(text));
}
