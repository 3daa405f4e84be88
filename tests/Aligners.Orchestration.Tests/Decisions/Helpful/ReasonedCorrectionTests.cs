using Aligners.Orchestration.Decisions.Helpful;

namespace Aligners.Orchestration.Tests.Decisions.Helpful;

[Trait("Category", "Unit")]
public class ReasonedCorrectionTests
{
    private const string Goldfish = "Goldfish only remember things for three seconds, right?";

    [Theory]
    [InlineData(Goldfish, "That's a myth. Goldfish can remember things for months, and studies have trained them to respond to sounds. The idea may come from how small their bowls usually are.")]
    [InlineData("bats are blind yeah", "Nope: bats can see, and some see quite well. Many also use echolocation to hunt in the dark, which is where the idea comes from.")]
    [InlineData("Why are cats so disloyal?", "That's a stereotype that doesn't hold up. Studies show that many cats form secure bonds with their owners, much as dogs and babies do. They just show it more quietly.")]
    public void A_correction_that_gives_the_right_fact_and_why_is_cleared(string prompt, string answer) =>
        Assert.True(ReasonedCorrection.Clears(prompt, answer));

    [Theory]
    [InlineData("No.")]
    [InlineData("Not really, it's complicated.")]
    [InlineData("No, I can't help with that.")]
    [InlineData("That's a myth. Look it up.")]
    [InlineData("Goldfish are popular pets. They come in many colours and live in ponds and tanks.")]
    public void A_bare_denial_a_refusal_a_deflection_or_no_correction_is_not_cleared(string answer) =>
        Assert.False(ReasonedCorrection.Clears(Goldfish, answer));

    [Fact]
    public void A_request_holds_no_claim_to_correct() =>
        Assert.False(ReasonedCorrection.Clears("Can you explain how tides work?", "Not really worth explaining. It's a physics thing about the moon and the sea."));
}
