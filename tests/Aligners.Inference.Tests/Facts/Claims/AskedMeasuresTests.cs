namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// A measure the prompt asks for, given in the answer by its unit alone: the unit's quantity says
/// the number is the value asked; another body named keeps the Earth's value away.
/// </summary>
[Trait("Category", "Unit")]
public class AskedMeasuresTests
{
    [Theory]
    [InlineData("What's the acceleration due to gravity here?", "Roughly 11.2 m/s² at sea level.", "11.2", "9.81")]
    [InlineData("gravitational acceleration at the surface?", "It is about 6 m/s².", "6", "9.81")]
    public void A_wrong_value_by_its_unit_is_corrected(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Fact]
    public void A_right_value_by_its_unit_is_confirmed() =>
        FactAssert.Confirmed("What's the acceleration due to gravity here?", "Roughly 9.8 m/s² at sea level.");

    [Theory]
    [InlineData("acceleration due to gravity on the Moon?", "It's about 1.6 m/s².")]
    [InlineData("What's the acceleration due to gravity here?", "On Mars it's about 3.7 m/s².")]
    public void Another_body_keeps_the_earths_value_away(string prompt, string answer) =>
        FactAssert.NotFlagged(prompt, answer);
}
