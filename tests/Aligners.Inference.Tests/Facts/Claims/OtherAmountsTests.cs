using Aligners.Inference.Tests.Facts.Fixes;

namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// A value that converts another amount than the asked one ("so a 12-inch ruler is about 30 cm")
/// is no claim about the asked conversion: it is neither corrected to the unit's factor nor taken
/// for the answer's value, and the stated rate is still checked.
/// </summary>
[Trait("Category", "Unit")]
public class OtherAmountsTests
{
    [Fact]
    public void A_value_after_a_hyphenated_amount_is_not_corrected_to_the_units_factor()
    {
        const string answer = "One inch is about 2.2 centimetres. So a 12-inch ruler is roughly 26 cm.";
        FactAssert.ContradictedAt("how many cm in an inch", answer, "2.2", "2.54");
        var fixedText = FixHelper.Fix("how many cm in an inch", answer).Text;
        Assert.Contains("roughly 26 cm", fixedText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_after_an_amount_with_a_spaced_unit_is_not_the_answers_value() =>
        FactAssert.ContradictedAt("how many kilograms in a pound", "A pound is about 0.6 kg, so a bag of 20 pounds weighs about 12 kg.", "0.6", "0.45");

    [Fact]
    public void A_right_rate_with_a_worked_example_is_confirmed() =>
        FactAssert.Confirmed("how many cm in an inch", "One inch is 2.54 cm, so a 12-inch ruler is about 30.5 cm.");

    [Fact]
    public void A_wrong_value_for_the_asked_amount_itself_is_still_corrected() =>
        FactAssert.ContradictedAt("how many cm in an inch", "1 inch is about 2.2 cm.", "2.2", "2.54");

    [Fact]
    public void A_wrong_value_for_an_asked_amount_of_several_units_is_still_corrected() =>
        FactAssert.ContradictedAt("how many cm in 12 inches", "12 inches is about 26 cm.", "26", "30.5");
}
