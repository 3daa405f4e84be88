namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// A range written with one unit ("36 to 38 °C") that holds the right value confirms it; its
/// bounds are not read as two wrong values, and a range that misses the value is still flagged.
/// </summary>
[Trait("Category", "Unit")]
public class ValueRangesTests
{
    [Theory]
    [InlineData("what's the normal human body temperature?", "Anywhere from 36 to 38 °C is normal for most adults.")]
    [InlineData("What is normal body temperature?", "It ranges between 36 and 37.9 °C through the day.")]
    [InlineData("what's the normal body temperature", "Normal body temperature is 35.9–38.1 °C.")]
    public void A_range_that_holds_the_value_confirms_it(string prompt, string answer) =>
        FactAssert.Confirmed(prompt, answer);

    [Fact]
    public void A_range_that_misses_the_value_is_still_flagged() =>
        Assert.Equal("37", FactAssert.Contradiction("What is normal body temperature?", "It is 39 to 40 °C.").Expected);
}
