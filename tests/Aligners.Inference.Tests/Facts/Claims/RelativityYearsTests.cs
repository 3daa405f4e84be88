namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>Special and general relativity each have their own year; relativity unqualified keeps both.</summary>
[Trait("Category", "Unit")]
public class RelativityYearsTests
{
    [Theory]
    [InlineData("When was special relativity published?", "Einstein published special relativity in 1916.", "1916", "1905")]
    [InlineData("general relativity year?", "Einstein published general relativity in 1905.", "1905", "1915 or 1916")]
    public void A_year_of_the_other_theory_is_corrected(string prompt, string answer, string claim, string expected)
    {
        var finding = FactAssert.Contradiction(prompt, answer);
        Assert.Equal((claim, expected), (finding.Claim, finding.Expected));
    }

    [Theory]
    [InlineData("When was special relativity published?", "Einstein published special relativity in 1905.")]
    [InlineData("general relativity year?", "Einstein published general relativity in 1915.")]
    [InlineData("When did Einstein publish relativity?", "He published relativity in 1915.")]
    public void The_right_year_is_not_flagged(string prompt, string answer) =>
        FactAssert.NotFlagged(prompt, answer);
}
