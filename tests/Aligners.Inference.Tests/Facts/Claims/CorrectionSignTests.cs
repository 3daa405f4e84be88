using Aligners.Inference.Facts;

namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>A corrected number keeps exactly one sign: the claim's minus, in the character the answer wrote.</summary>
[Trait("Category", "Unit")]
public class CorrectionSignTests
{
    [Theory]
    [InlineData("The coldest possible temperature, absolute zero, sits at –250 °C.", "–")]
    [InlineData("Absolute zero lies at -300 degrees Celsius.", "-")]
    [InlineData("At absolute zero (−219 °C) molecular motion is minimal.", "−")]
    public void A_negative_correction_after_the_claims_minus_is_written_without_a_second_sign(string answer, string sign)
    {
        var report = FactAssert.Checker.Check("How cold is absolute zero?", answer);
        var corrected = FactChecker.Correct(answer, report.Findings)!;
        Assert.Contains(sign + "273.15", corrected, StringComparison.Ordinal);
        Assert.DoesNotContain(sign + "-", corrected, StringComparison.Ordinal);
        Assert.DoesNotContain(sign + "−", corrected, StringComparison.Ordinal);
    }

    [Fact]
    public void A_defined_constant_is_corrected_to_its_defined_decimals() =>
        Assert.Equal("−273.15", FactAssert.Contradiction("What temperature is absolute zero?", "Absolute zero is −260 °C.").Expected);

    [Fact]
    public void A_positive_correction_replaces_the_claims_minus() =>
        Assert.Equal("12 apples", FactChecker.Correct("-4 apples",
            [CorrectionSign.Reconciled("-4 apples", new FactFinding("arithmetic", FactVerdicts.Contradicted, "3 × 4", "4", "12", "computed", 1))]));

    [Fact]
    public void A_negative_correction_without_a_minus_before_its_claim_keeps_its_own_sign() =>
        Assert.Equal("-8", CorrectionSign.Reconciled("It is 8 below.", new FactFinding("arithmetic", FactVerdicts.Contradicted, "2 - 10", "8", "-8", "computed", 6)).Expected);

    [Theory]
    [InlineData("between 10-12 people", 6)]
    [InlineData("a well-9 grade", 7)]
    public void A_hyphen_joined_to_a_word_or_number_is_no_sign(string answer, int start) =>
        Assert.Equal("-15", CorrectionSign.Reconciled(answer, new FactFinding("arithmetic", FactVerdicts.Contradicted, "s", answer.Substring(start, answer.IndexOfAny([' '], start) - start), "-15", "computed", start)).Expected);
}
