namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// A sentence that names a quantity of its own ("a temperature of 35 °C or lower is hypothermia")
/// gives that quantity's value, not the measure the prompt asked for; a sentence that names the
/// measure, or names no quantity, is read as before.
/// </summary>
[Trait("Category", "Unit")]
public class NamedQuantitiesTests
{
    [Theory]
    [InlineData("What is normal body temperature?", "It is about 37 °C. A temperature of 35 °C or lower is called hypothermia.")]
    [InlineData("what's the normal human body temperature", "Around 37 °C (98.6 °F). Doctors treat a temperature above 40 °C as an emergency.")]
    public void Another_quantity_of_the_same_unit_is_not_the_asked_measure(string prompt, string answer) =>
        FactAssert.NotFlagged(prompt, answer);

    [Fact]
    public void A_value_given_by_its_unit_alone_is_still_the_asked_one() =>
        Assert.Equal("39", FactAssert.Contradiction("what is normal body temperature?", "It's usually around 39 °C.").Claim);

    [Fact]
    public void A_sentence_that_names_the_measure_is_still_read() =>
        Assert.Equal("39", FactAssert.Contradiction("Tell me about the body.", "Normal body temperature is 39 °C.").Claim);
}
