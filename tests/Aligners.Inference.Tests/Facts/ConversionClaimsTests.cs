namespace Aligners.Inference.Tests.Facts;

/// <summary>The reading two temperature scales share, found from the conversion between them and judged with its sign.</summary>
[Trait("Category", "Unit")]
public class ConversionClaimsTests
{
    [Theory]
    [InlineData("at what temperature do celsius and fahrenheit read the same?", "They meet at −30 degrees.", "−30", "−40")]
    [InlineData("Is there a point where Fahrenheit and Celsius are equal?", "Yes: -45 is the same on both scales.", "-45", "-40")]
    [InlineData("Is there a point where Fahrenheit and Celsius are equal?", "Yes, at 40 degrees.", "40", "-40")]
    [InlineData("Where are Celsius and Fahrenheit the same?", "At minus 32 degrees.", "32", "40")]
    public void A_wrong_shared_reading_is_corrected_sign_and_all(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Theory]
    [InlineData("at what temperature do celsius and fahrenheit read the same?", "At −40: −40 °C is exactly −40 °F.")]
    [InlineData("Is there a point where Fahrenheit and Celsius are equal?", "Yes, minus 40.")]
    [InlineData("Is there a point where Fahrenheit and Celsius are equal?", "Yes, 40 degrees below zero.")]
    [InlineData("Do Kelvin and Fahrenheit ever read the same?", "Yes, at about 574.6 degrees.")]
    public void A_right_shared_reading_is_confirmed(string prompt, string answer) => FactAssert.Confirmed(prompt, answer);

    [Theory]
    [InlineData("Do Kelvin and Celsius ever read the same?", "No: they always differ by 273.15.")]
    [InlineData("Is 100 Celsius the same as 212 Fahrenheit?", "Yes, 100 °C equals 212 °F.")]
    [InlineData("Are Celsius and Fahrenheit the same kind of scale?", "Both measure temperature, with degrees of different sizes.")]
    public void Scales_that_never_meet_or_given_readings_ask_for_no_shared_reading(string prompt, string answer) => FactAssert.NotFlagged(prompt, answer);

    [Fact]
    public void A_step_in_another_unit_of_the_asked_quantity_is_not_the_answer()
    {
        var finding = FactAssert.Contradiction("How many minutes are in a day? My answer: 1,440.",
            "Not quite! There are 24 hours in a day and 60 minutes in an hour, so 24 × 60 = 1,240 minutes.");

        Assert.Equal(("arithmetic", "1,240", "1,440"), (finding.Domain, finding.Claim, finding.Expected));
    }

    [Fact]
    public void A_worked_conversion_through_another_unit_is_not_flagged() =>
        FactAssert.NotFlagged("Convert 5 feet to cm", "5 ft = 60 inches, and 60 × 2.54 = **152.4 cm**.");
}
