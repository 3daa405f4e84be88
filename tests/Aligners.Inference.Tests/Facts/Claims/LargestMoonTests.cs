namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>The largest moon of each planet that has several, Mars's larger of two among them.</summary>
[Trait("Category", "Unit")]
public class LargestMoonTests
{
    [Theory]
    [InlineData("Which is Mars's bigger moon?", "Mars's bigger moon is Deimos.", "Deimos", "Phobos")]
    [InlineData("Tell me about the moons of Mars.", "The largest moon of Mars is Deimos, a lumpy rock.", "Deimos", "Phobos")]
    public void A_wrong_largest_moon_is_corrected(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Fact]
    public void The_right_larger_moon_of_mars_is_confirmed() =>
        FactAssert.Confirmed("Which is Mars's larger moon?", "The larger moon of Mars is Phobos.");
}
