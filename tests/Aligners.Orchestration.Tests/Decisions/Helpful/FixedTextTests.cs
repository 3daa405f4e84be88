using Aligners.Orchestration.Decisions.Helpful;

namespace Aligners.Orchestration.Tests.Decisions.Helpful;

[Trait("Category", "Unit")]
public class FixedTextTests
{
    private const string Proofread = "Can you proofread this: 'The dog chased it's tail round the gardn.'";

    [Theory]
    [InlineData(Proofread, "The dog chased its tail round the garden.")]
    [InlineData(Proofread, "Here you go:\n\n> The dog chased **its** tail round the **garden**.\n\n- *it's* → **its** (belonging to it)\n- *gardn* → **garden**")]
    [InlineData("Rewrite this more politely: 'Send me the report now.'", "Please send me the report soon.")]
    public void The_given_text_fixed_is_cleared(string prompt, string answer) =>
        Assert.True(FixedText.Clears(prompt, answer));

    [Theory]
    [InlineData("There are a few mistakes in your sentence. Read it again carefully.")]
    [InlineData("Proofreading is a skill worth learning on your own.")]
    [InlineData("'The dog chased it's tail round the gardn' has a couple of errors in it.")]
    [InlineData("I'm unable to proofread texts.")]
    public void Advice_a_comment_on_the_text_or_a_refusal_is_not_cleared(string answer) =>
        Assert.False(FixedText.Clears(Proofread, answer));

    [Fact]
    public void A_prompt_that_does_not_ask_for_a_fix_is_not_cleared() =>
        Assert.False(FixedText.Clears("What does this mean: 'The dog chased it's tail round the gardn.'", "The dog chased its tail round the garden."));
}
