namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>The planets' order stated in a sentence, each planet checked against its place from the sun.</summary>
[Trait("Category", "Unit")]
public class PlanetSequenceTests
{
    [Theory]
    [InlineData("Which planets are nearest the sun?", "The nearest planet to the sun is Mercury, then Earth, then Venus.", "The nearest planet to the sun is Mercury, then Venus, then Earth.")]
    [InlineData("List the inner planets.", "In order from the sun: Mars, Venus, Earth, Mercury.", "In order from the sun: Mercury, Venus, Earth, Mars.")]
    [InlineData("Tell me about Venus.", "Venus is the closest planet to the sun, followed by Mercury.", "Mercury is the closest planet to the sun, followed by Venus.")]
    public void A_wrong_order_is_corrected_place_by_place(string prompt, string answer, string corrected)
    {
        var report = FactAssert.Checker.Check(prompt, answer);
        Assert.Equal(corrected, FactChecker.Correct(answer, report.Findings));
    }

    [Theory]
    [InlineData("Order of the planets?", "In order from the sun: Mercury, Venus, Earth, Mars, Jupiter, Saturn, Uranus and Neptune.")]
    [InlineData("Closest planet?", "The closest to the Sun is Mercury, followed by Venus and then Earth.")]
    public void A_right_order_is_confirmed(string prompt, string answer) => FactAssert.Confirmed(prompt, answer);

    [Fact]
    public void A_planet_not_in_the_sequence_is_not_read_into_it() =>
        FactAssert.NotFlagged("Which is closest to the sun?", "The closest to the Sun is Mercury. Mars is much farther out.");
}
