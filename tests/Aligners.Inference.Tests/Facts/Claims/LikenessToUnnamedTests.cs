namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// A wrong value likened to others the answer does not name ("like most of its neighbours") is
/// flagged without a correction: the likeness would stay, and the checker cannot judge it.
/// </summary>
[Trait("Category", "Unit")]
public class LikenessToUnnamedTests
{
    [Theory]
    [InlineData("What currency does Sweden use?", "Sweden uses the euro, like most of its neighbours.")]
    [InlineData("Hungary's money?", "Hungary pays in euros, like the rest of Europe.")]
    public void A_wrong_value_likened_to_unnamed_others_is_flagged_without_a_correction(string prompt, string answer)
    {
        var finding = FactAssert.Contradiction(prompt, answer);
        Assert.False(finding.Correctable);
    }

    [Fact]
    public void A_wrong_value_with_no_likeness_is_still_corrected() =>
        FactAssert.ContradictedAt("What currency does Sweden use?", "Sweden uses the euro.", "euro", "Swedish Krona");

    [Fact]
    public void A_right_value_likened_to_others_is_confirmed() =>
        FactAssert.Confirmed("What currency does Portugal use?", "Portugal uses the euro, like most of its neighbours.");
}
