using Aligners.Inference.Facts;

namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>A worked chain "A = B = C": a link that opens with a factor is read whole against the link before, and never replaced by its factor.</summary>
[Trait("Category", "Unit")]
public class ChainLinksTests
{
    [Theory]
    [InlineData("What is 12% of 250?", "12% of 250 = 0.12 × 250 = **30**")]
    [InlineData("Work out the tip.", "A 18% tip on $60 is 0.18 × 60 = $10.80.")]
    [InlineData("Budget it for me.", "Savings: 8% of 1,200 = 0.08 * 1,200 = 96, so you keep 1,104.")]
    [InlineData("What do I pay?", "25% of $80 is 0.25 × 80 = $20.\n\nYou pay: $80 − $20 = **$60**.")]
    public void A_link_that_opens_with_a_factor_is_read_as_its_expression(string prompt, string answer) =>
        FactAssert.NotFlagged(prompt, answer);

    [Fact]
    public void A_wrong_link_is_flagged_but_its_factor_is_not_corrected()
    {
        const string answer = "12% of 250 = 0.21 × 250 = 52.5";
        var finding = Assert.Single(FactAssert.Checker.Check("Work it out.", answer).Findings, f => f.Verdict == FactVerdicts.Contradicted);
        Assert.False(finding.Correctable);
        Assert.Equal("0.21 × 250", finding.Claim);
    }

    [Fact]
    public void A_plain_wrong_result_is_still_corrected() =>
        FactAssert.ContradictedAt("Work it out.", "12% of 250 = 35", "35", "30");

    [Theory]
    [InlineData("0.12 × 250 = 30", 0, 4, "0.12 × 250", 30)]
    [InlineData("7 + 5 - 2 x 3 is 6", 0, 1, "7 + 5 - 2 x 3", 6)]
    public void An_expression_opening_at_a_number_is_read_to_its_last_term(string text, int start, int length, string expression, double value) =>
        Assert.Equal((expression, (double?)value), ChainLinks.ExpressionAt(text, start, length));

    [Theory]
    [InlineData("It costs **30** today.", 9)]
    [InlineData("a 5-year plan", 2)]
    [InlineData("30 people came.", 0)]
    public void A_number_no_operator_and_number_follow_stands_alone(string text, int start) =>
        Assert.Null(ChainLinks.ExpressionAt(text, start, text[start..].TakeWhile(char.IsDigit).Count()));
}
