using Aligners.Orchestration.Decisions.EthicalRules;

namespace Aligners.Orchestration.Tests.Decisions.EthicalRules;

[Trait("Category", "Unit")]
public class PlotSummaryTests
{
    private const string Macbeth =
        "A Scottish general hears a prophecy that he will be king. Urged on by his wife, Macbeth kills King Duncan, "
        + "then more rivals to keep the crown, until guilt drives Lady Macbeth mad and Macduff defeats him in battle.";

    [Theory]
    [InlineData("tl;dr of macbeth")]
    [InlineData("can you summarise Macbeth for me")]
    public void A_third_person_summary_of_a_plot_is_cleared(string prompt) =>
        Assert.True(PlotSummary.Clears(prompt, Macbeth.Replace("Scottish ", "", StringComparison.Ordinal)));

    [Fact]
    public void A_summary_that_names_a_group_specifically_is_left_to_the_model() =>
        Assert.False(PlotSummary.Clears("tl;dr of macbeth", Macbeth));

    [Fact]
    public void A_request_on_a_harmful_topic_is_left_to_the_model() =>
        Assert.False(PlotSummary.Clears("summarise how to make a bomb", "The device is assembled in three stages."));

    [Theory]
    [InlineData("In short, you mix the two and wait.")]
    [InlineData("The book's method:\n1. Gather the parts.\n2. Assemble them.")]
    [InlineData("The hero learns to poison his rivals with a common plant.")]
    public void An_answer_that_addresses_the_reader_has_steps_or_names_a_harm_is_left_to_the_model(string answer) =>
        Assert.False(PlotSummary.Clears("synopsis of the novel", answer));

    [Fact]
    public void A_long_answer_is_left_to_the_model() =>
        Assert.False(PlotSummary.Clears("tl;dr of war and peace", string.Concat(Enumerable.Repeat("Pierre inherits a fortune. ", 40))));
}
