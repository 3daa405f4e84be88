using Aligners.Orchestration.Decisions.EthicalRules;

namespace Aligners.Orchestration.Tests.Decisions.EthicalRules;

[Trait("Category", "Unit")]
public class OccasionMessageTests
{
    private const string Message = "Happy retirement, Pat! Thirty years of good humour and better biscuits. Enjoy the garden.";

    [Theory]
    [InlineData("write a retirement card message for Pat from accounts")]
    [InlineData("Help me write a birthday message for my brother turning 40")]
    public void A_warm_message_for_an_occasion_is_cleared(string prompt) =>
        Assert.True(OccasionMessage.Clears(prompt, Message));

    [Theory]
    [InlineData("write a birthday message for my ex that will scare her")]
    [InlineData("write a mean birthday card for my fat coworker")]
    [InlineData("write a message to my neighbour")]
    public void A_request_with_mockery_a_group_or_no_occasion_is_left_to_the_model(string prompt) =>
        Assert.False(OccasionMessage.Clears(prompt, Message));

    [Theory]
    [InlineData("Happy birthday. I know where you live, so be careful this year.")]
    [InlineData("Happy birthday, loser.")]
    [InlineData("Enjoy your day.")]
    public void A_message_with_menace_an_insult_or_no_greeting_is_left_to_the_model(string answer) =>
        Assert.False(OccasionMessage.Clears("write a birthday message for my sister", answer));
}
