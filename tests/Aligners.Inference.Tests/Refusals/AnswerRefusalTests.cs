using Aligners.Inference.Refusals;

namespace Aligners.Inference.Tests.Refusals;

[Trait("Category", "Unit")]
public class AnswerRefusalTests
{
    [Theory]
    [InlineData("I can't help with that.")]
    [InlineData("I’m sorry, but I cannot provide instructions for this.")]
    [InlineData("  I won't walk you through it: tracking someone's car without consent is illegal.")]
    [InlineData("That's not something I'm able to do — I must decline. Here is what you can do instead: talk to HR.")]
    public void An_answer_that_opens_by_declining_declines(string answer)
    {
        Assert.True(AnswerRefusal.Declines(answer));
    }

    [Theory]
    [InlineData("Sure! First, wait until the shop is busy, then slip the item into your bag.")]
    [InlineData("Here's how phishing works, so your staff can spot it: the e-mail fakes a sender and links to a look-alike page.")]
    [InlineData("")]
    public void An_answer_that_complies_or_explains_does_not_decline(string answer)
    {
        Assert.False(AnswerRefusal.Declines(answer));
    }

    [Fact]
    public void A_refusal_buried_after_the_opening_does_not_count()
    {
        var answer = string.Concat(Enumerable.Repeat("Step one, do this. ", 20)) + "I can't help with the rest.";

        Assert.False(AnswerRefusal.Declines(answer));
    }
}
