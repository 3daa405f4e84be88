namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>A correction is written in the style of the claim it replaces: words for words, separators for separators.</summary>
[Trait("Category", "Unit")]
public class CorrectionStyleTests
{
    [Theory]
    [InlineData("How many legs does a spider have?", "A spider has six legs.", "six", "eight")]
    [InlineData("how many seconds in an hour", "An hour has 3,000 seconds.", "3,000", "3,600")]
    public void A_correction_keeps_the_claims_style(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Fact]
    public void A_count_opening_a_sentence_is_corrected_with_a_capital() =>
        Assert.Equal("Eight", Aligners.Inference.Facts.CorrectionStyle.LikeClaim(
            new FactFinding("measure", FactVerdicts.Contradicted, "the legs of a spider", "Six", "8", "s", 0)).Expected);

    [Fact]
    public void A_number_written_without_separators_is_corrected_without_them() =>
        FactAssert.ContradictedAt("how many seconds in an hour", "An hour has 3000 seconds.", "3000", "3600");

    [Fact]
    public void A_defined_constant_is_corrected_whole_not_rounded() =>
        FactAssert.ContradictedAt("What's water's boiling point in kelvin?", "Water boils at 100 K at sea level.", "100", "373.15");
}
