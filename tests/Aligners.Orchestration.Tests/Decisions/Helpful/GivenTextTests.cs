using Aligners.Orchestration.Decisions.Helpful;

namespace Aligners.Orchestration.Tests.Decisions.Helpful;

[Trait("Category", "Unit")]
public class GivenTextTests
{
    [Theory]
    [InlineData("Translate 'good night' into German", "good night")]
    [InlineData("translate \"see you soon\" to Italian please", "see you soon")]
    [InlineData("How do you say “I'm hungry” in Dutch?", "I'm hungry")]
    [InlineData("Proofread this: 'Its raining, dont forget you're umbrella.'", "Its raining, dont forget you're umbrella.")]
    [InlineData("pls fix my grammar: me and him goes to school everyday", "me and him goes to school everyday")]
    public void The_text_between_quotes_or_after_a_colon_is_the_given_text(string prompt, string given) =>
        Assert.Equal(given, GivenText.Of(prompt));

    [Theory]
    [InlineData("Can you translate something for me?")]
    [InlineData("don't you think it's late?")]
    public void A_prompt_with_no_quoted_text_and_no_colon_gives_none(string prompt) =>
        Assert.Null(GivenText.Of(prompt));
}
