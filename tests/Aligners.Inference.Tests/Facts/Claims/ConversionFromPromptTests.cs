namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>A conversion asked of the prompt's one quantity by "that" ("It says 5 miles. What's that in km?").</summary>
[Trait("Category", "Unit")]
public class ConversionFromPromptTests
{
    [Theory]
    [InlineData("The trail sign says 5 miles. What's that in kilometres?", "About 6 km.", "6", "8.05")]
    [InlineData("My oven only goes to 400°F. What is that in Celsius, roughly?", "Roughly 220 °C.", "220", "204.4")]
    public void A_wrong_conversion_of_the_prompts_quantity_is_corrected(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Theory]
    [InlineData("The trail sign says 5 miles. What's that in kilometres?", "About 8 km.")]
    [InlineData("My oven only goes to 400°F. What is that in Celsius, roughly?", "Roughly 204 °C.")]
    public void A_right_conversion_of_the_prompts_quantity_is_confirmed(string prompt, string answer) => FactAssert.Confirmed(prompt, answer);

    [Fact]
    public void A_prompt_with_two_quantities_is_not_read_for_that() =>
        FactAssert.NotFlagged("The box is 5 kg and the bag 2 kg. What's that in pounds?", "About 3 pounds.");
}
