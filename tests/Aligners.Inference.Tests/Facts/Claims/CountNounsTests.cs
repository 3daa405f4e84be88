namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// A count is corrected with its noun's number ("one moon" to "two moons"); a sentence that goes
/// on to name the one thing counted ("one moon, named X") cannot be rewritten by the count alone, so it
/// is flagged without a correction.
/// </summary>
[Trait("Category", "Unit")]
public class CountNounsTests
{
    [Theory]
    [InlineData("Moons of Mars?", "Mars has just one moon.", "one moon", "two moons")]
    [InlineData("Moons of Mars?", "Mars has 1 rocky moon.", "1 rocky moon", "2 rocky moons")]
    [InlineData("Does Earth have moons?", "Earth has 2 moons orbiting it.", "2 moons", "1 moon")]
    public void A_count_and_its_noun_are_corrected_together_where_the_number_changes(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Fact]
    public void A_count_whose_noun_keeps_its_number_is_corrected_alone() =>
        FactAssert.ContradictedAt("Moons of Mars?", "Mars has three moons.", "three", "two");

    [Fact]
    public void A_plural_count_followed_by_a_list_is_corrected_alone() =>
        FactAssert.ContradictedAt("Moons of Mars?", "Mars has three moons: Phobos, Deimos and a third.", "three", "two");

    [Theory]
    [InlineData("Moons of Mars?", "Mars has one moon, named Deimos.")]
    [InlineData("Moons of Mars?", "Mars has one small moon: Deimos.")]
    [InlineData("Moons of Mars?", "Mars has one moon (Deimos), a captured asteroid.")]
    public void A_sentence_naming_the_one_counted_is_flagged_without_a_correction(string prompt, string answer)
    {
        var finding = FactAssert.Contradiction(prompt, answer);
        Assert.Equal("the moons of Mars", finding.Subject);
        Assert.False(finding.Correctable);
    }
}
