namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// "X, the only metal that is liquid at room temperature": a claim that one element alone has a
/// state names the wrong element, not the wrong state, so the element is replaced by the one holder
/// of that kind; where the kind has several holders the claim is flagged without a correction.
/// </summary>
[Trait("Category", "Unit")]
public class OnlyHoldersTests
{
    [Theory]
    [InlineData("Which metal melts in your hand?", "Tin, the only liquid metal at room temperature, melts easily.", "Tin", "Mercury")]
    [InlineData("Name a liquid metal.", "Sodium is the only metal that stays liquid at room temperature.", "Sodium", "Mercury")]
    public void The_wrong_element_is_replaced_not_the_property(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Fact]
    public void A_kind_with_several_holders_is_flagged_without_a_correction()
    {
        var finding = FactAssert.Contradiction("Which element is liquid?", "Cobalt is the only element that is liquid at room temperature.");
        Assert.Equal("Cobalt", finding.Claim);
        Assert.False(finding.Correctable);
    }

    [Fact]
    public void The_right_sole_holder_is_confirmed() =>
        FactAssert.Confirmed("Which metal is liquid?", "Mercury is the only metal that is liquid at room temperature.");

    [Fact]
    public void A_state_claimed_without_only_is_corrected_as_before()
    {
        var finding = FactAssert.Contradiction("Is cobalt liquid?", "Cobalt is a liquid at room temperature.");
        Assert.Equal("solid", finding.Expected);
        Assert.True(finding.Correctable);
    }
}
