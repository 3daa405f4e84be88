namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>The Earth named beside a record is the world's scope, not a narrower place.</summary>
[Trait("Category", "Unit")]
public class RecordScopeEarthTests
{
    [Theory]
    [InlineData("which ocean is the smallest?", "The Indian Ocean is the smallest ocean, a small share of Earth's water.", "Indian Ocean", "Arctic Ocean")]
    [InlineData("biggest desert?", "The Gobi is the largest hot desert, covering a big part of Earth's land.", "Gobi", "Sahara")]
    public void A_wrong_holder_beside_the_earth_is_corrected(string prompt, string answer, string claim, string expected)
    {
        var finding = FactAssert.Contradiction(prompt, answer);
        Assert.Equal(expected, finding.Expected);
        Assert.Equal(claim, answer.Substring(finding.Start, claim.Length));
    }

    [Fact]
    public void A_right_holder_beside_the_earth_is_confirmed() =>
        FactAssert.Confirmed("which ocean is the smallest?", "The Arctic Ocean is the smallest ocean, a small share of Earth's water.");
}
