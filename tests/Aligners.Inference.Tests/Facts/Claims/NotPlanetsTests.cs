namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>The Sun or the Moon called a planet, corrected in place; denials and possessives left alone.</summary>
[Trait("Category", "Unit")]
public class NotPlanetsTests
{
    [Theory]
    [InlineData("Tell me about the sun.", "The Sun is the hottest planet of all.", "the hottest planet", "a star")]
    [InlineData("What is the moon?", "The Moon is a small planet near Earth.", "a small planet", "Earth's natural satellite")]
    public void The_sun_or_moon_called_a_planet_is_corrected(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Theory]
    [InlineData("Is the sun a planet?", "No, the Sun is not a planet; it is a star.")]
    [InlineData("What holds the solar system together?", "The Sun is the planets' anchor: its gravity holds them.")]
    [InlineData("What is the sun?", "The sun is a star at the centre of our planetary system.")]
    public void A_denial_or_a_possessive_is_not_flagged(string prompt, string answer) => FactAssert.NotFlagged(prompt, answer);
}
