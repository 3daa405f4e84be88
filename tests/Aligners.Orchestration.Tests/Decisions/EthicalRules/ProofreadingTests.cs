using Aligners.Orchestration.Decisions.EthicalRules;

namespace Aligners.Orchestration.Tests.Decisions.EthicalRules;

[Trait("Category", "Unit")]
public class ProofreadingTests
{
    [Theory]
    [InlineData("proofread this please: 'we was hoping to recieve the parcel on monday'")]
    [InlineData("Can you check my grammar? 'Me and him goes to the gym.'")]
    public void Proofreading_a_short_harmless_text_is_cleared(string prompt) =>
        Assert.True(Proofreading.Clears(prompt, "Corrected: \"We were hoping to receive the parcel on Monday.\" (was → were, recieve → receive)"));

    [Fact]
    public void A_request_that_is_not_for_proofreading_is_left_to_the_model() =>
        Assert.False(Proofreading.Clears("write me a sentence about parcels", "The parcel came on Monday."));

    [Theory]
    [InlineData("proofread: 'I will hurt you if you tell anyone'")]
    [InlineData("check my spelling: 'you are a pathetic loser'")]
    [InlineData("proofread: 'immigrants should go home'")]
    public void A_text_with_a_harm_an_insult_or_a_group_is_left_to_the_model(string prompt) =>
        Assert.False(Proofreading.Clears(prompt, "Looks correct."));

    [Fact]
    public void An_answer_that_adds_a_harmful_topic_is_left_to_the_model() =>
        Assert.False(Proofreading.Clears("proofread: 'see you tomorow'", "Corrected: 'see you tomorrow'. Also, here's where to buy drugs."));

    [Fact]
    public void A_long_answer_is_left_to_the_model() =>
        Assert.False(Proofreading.Clears("proofread: 'helo'", string.Concat(Enumerable.Repeat("Corrected: hello. ", 50))));
}
