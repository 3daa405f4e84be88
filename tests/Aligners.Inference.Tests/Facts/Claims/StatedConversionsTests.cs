namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// A quantity stated as so much of another unit: a temperature difference converts without the
/// offset, a plain conversion rounds only so far, a fixed point of a scale is taken as meant, and
/// a list of pairs is no conversion between its items.
/// </summary>
[Trait("Category", "Unit")]
public class StatedConversionsTests
{
    [Theory]
    [InlineData("Is it safe to leave a baby in a car?", "On a warm day the temperature inside can rise by around 10 °C (about 20 °F) in 10 minutes.")]
    [InlineData("How much warmer is it?", "It is 5 °C (9 °F) warmer than yesterday.")]
    [InlineData("How many pounds in a kilo?", "A kilo is about 2 pounds, 2.2 to be precise.")]
    [InlineData("°F to °C?", "Handy reference points: 32°F = 0°C, 50°F = 10°C, 68°F = 20°C, 86°F = 30°C, 212°F = 100°C.")]
    [InlineData("Some distances?", "A 5 km run, 10 km, and 21.1 km for a half marathon.")]
    public void A_true_or_unstated_conversion_is_not_flagged(string prompt, string answer) => FactAssert.NotFlagged(prompt, answer);

    [Theory]
    [InlineData("How much hotter does it get?", "The temperature can rise by 10 °C (50 °F).", "50", "18")]
    [InlineData("A kilo is exactly 2 pounds, isn't it?", "Exactly — 1 kg = 2 lb, so doubling works.", "2", "2.2")]
    [InlineData("How hot is it?", "It's 30 °C (96 °F) today.", "96", "86")]
    public void A_wrong_equivalent_is_contradicted(string prompt, string answer, string claim, string expected)
    {
        var finding = FactAssert.Contradiction(prompt, answer);

        Assert.Equal((claim, expected), (finding.Claim, finding.Expected));
    }

    [Theory]
    [InlineData("What's absolute zero in Celsius?", "Absolute zero is −237.15 °C (0 K).", "−237.15", "−273.15")]
    [InlineData("When does water freeze?", "Water freezes at 23 °F (0 °C).", "23", "32")]
    public void A_slip_beside_a_fixed_point_of_its_scale_is_the_value_corrected(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);
}
