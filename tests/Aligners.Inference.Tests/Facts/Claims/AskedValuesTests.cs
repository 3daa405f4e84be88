namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// A value the question names ("the largest moon of Jupiter") is the asker's word: a wrong moon
/// paired with it is flagged and corrected as the moon, never by rewriting the planet.
/// </summary>
[Trait("Category", "Unit")]
public class AskedValuesTests
{
    [Fact]
    public void The_planet_the_question_names_is_not_rewritten()
    {
        const string answer = "Jupiter's largest moon is Titan, a hazy world.";
        var report = FactAssert.Checker.Check("what is the largest moon of Jupiter", answer);
        Assert.True(report.Flagged);
        Assert.Equal("Jupiter's largest moon is Ganymede, a hazy world.", FactChecker.Correct(answer, report.Findings));
    }

    [Fact]
    public void A_wrong_planet_for_a_moon_the_question_names_is_still_corrected() =>
        FactAssert.ContradictedAt("which planet does Triton orbit?", "Triton orbits Uranus.", "Uranus", "Neptune");
}
