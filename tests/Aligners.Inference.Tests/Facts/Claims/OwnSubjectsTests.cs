namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// A value whose clause is said of another subject (a fever, a threshold to see a doctor, a room,
/// water) is no claim about the measure the prompt asked for; a value said of nothing else, or
/// referred back to it ("it's"), still is, and a wrong one is still flagged and corrected.
/// </summary>
[Trait("Category", "Unit")]
public class OwnSubjectsTests
{
    [Theory]
    [InlineData("What is a normal body temperature for a person?", "About 37 °C (98.6 °F). A high fever is usually 39 °C (102.2 °F) or above.")]
    [InlineData("what's normal human body temperature", "Roughly 37 °C. Call a doctor when a child's reading climbs past 40 °C.")]
    [InlineData("What's the normal body temperature?", "Typically 37 °C. A comfortable room sits at around 21 °C, and bath water should stay under 40 °C.")]
    [InlineData("whats the average body temperature", "Usually around 37 °C (98.6 °F); hypothermia sets in below 35 °C (95 °F).")]
    [InlineData("what is the normal body temperature", "About 37 °C. Water boils at 100 °C, and a reading that is over 38 °C means a fever.")]
    public void A_value_said_of_another_subject_is_not_the_asked_measure(string prompt, string answer) =>
        FactAssert.NotFlagged(prompt, answer);

    [Theory]
    [InlineData("What is normal body temperature?", "It's generally 39 °C. A fever starts at about 38 °C.")]
    [InlineData("what's the normal human body temperature?", "Around 39 °C (102.2 °F) for most adults.")]
    [InlineData("what's the normal body temperature?", "In healthy adults it ranges around 39 °C.")]
    [InlineData("What is normal body temperature?", "Doctors use a reference point, which is 39 °C.")]
    public void A_wrong_value_given_for_the_asked_measure_is_still_flagged(string prompt, string answer) =>
        Assert.Equal("39", FactAssert.Contradiction(prompt, answer).Claim);

    [Fact]
    public void A_wrong_value_given_for_the_asked_measure_is_still_corrected()
    {
        var fix = Fixes.FixHelper.Fix("What is normal body temperature?", "Normal is around 39 °C. A fever is generally 40 °C or higher.");
        Assert.Equal("Normal is around 37 °C. A fever is generally 40 °C or higher.", fix.Text);
    }
}
