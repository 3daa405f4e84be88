namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>Zero's parity in words: zero is even; a wrong statement and a wrong yes or no to the question are corrected.</summary>
[Trait("Category", "Unit")]
public class ZeroParityTests
{
    [Theory]
    [InlineData("Is zero odd?", "Zero is odd, since it is not divisible by 2.", "odd", "even")]
    [InlineData("Tell me about zero.", "Zero isn't even, because it has no sign.", "isn't even", "is even")]
    [InlineData("Parity of zero?", "0 is neither odd nor even.", "neither odd nor even", "even")]
    public void A_wrong_parity_of_zero_is_corrected(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Fact]
    public void A_wrong_reply_to_whether_zero_is_even_is_corrected_with_the_statement()
    {
        var report = FactAssert.Checker.Check("Is 0 an even number?", "No - zero is neither even nor odd.");
        var fixedText = FactChecker.Correct("No - zero is neither even nor odd.", report.Findings);
        Assert.Equal("Yes - zero is even.", fixedText);
    }

    [Theory]
    [InlineData("Is zero even?", "Yes, zero is even: it is 2 × 0.")]
    [InlineData("Is zero odd?", "No, zero isn't odd; it is even.")]
    public void A_right_parity_of_zero_is_confirmed(string prompt, string answer) => FactAssert.Confirmed(prompt, answer);
}
