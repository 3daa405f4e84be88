namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>Counts the knowledge holds, written in words: "no moons", "a single moon", "two moons".</summary>
[Trait("Category", "Unit")]
public class MeasureClaimsTests
{
    [Theory]
    [InlineData("How many moons does Mars have?", "Mars has no moons.", "no", "2")]
    [InlineData("Does Mars have moons?", "Mars has no known moons, unlike Jupiter.", "no", "2")]
    [InlineData("How many moons does Venus have?", "Venus has a single moon.", "a single moon", "no moons")]
    [InlineData("How many moons does Mercury have?", "Mercury has a single small moon.", "a single small moon", "no small moons")]
    [InlineData("How many moons does Earth have?", "Earth has two moons.", "two moons", "one moon")]
    [InlineData("How many moons does Earth have?", "Earth has no natural satellites.", "no", "1")]
    public void A_wrong_count_in_words_is_corrected(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Theory]
    [InlineData("How many moons does Venus have?", "Venus has no moons.")]
    [InlineData("How many moons does Earth have?", "Earth has a single moon, simply called the Moon.")]
    [InlineData("How many moons does Mars have?", "Mars has two moons, Phobos and Deimos.")]
    public void A_right_count_in_words_is_confirmed(string prompt, string answer) => FactAssert.Confirmed(prompt, answer);

    [Theory]
    [InlineData("Tell me about Earth's moon.", "Earth has no other moons, but several quasi-satellites.")]
    [InlineData("Is Earth's moon big?", "For its planet, no moon in the inner solar system is larger than Earth's.")]
    [InlineData("Tell me about Mars.", "Mars has two moons; no more have been found.")]
    public void No_that_compares_rather_than_counts_is_no_count(string prompt, string answer) => FactAssert.NotFlagged(prompt, answer);

    [Theory]
    [InlineData("Which continent is Turkey in?", "Turkey spans two continents: most of it is in Asia, with a small part in Europe.")]
    [InlineData("Where is Russia?", "Russia lies on two continents, Europe and Asia.")]
    public void The_continents_a_country_spans_are_no_count_of_the_worlds(string prompt, string answer) => FactAssert.NotFlagged(prompt, answer);

    [Theory]
    [InlineData("How many continents are there?", "There are nine continents.", "nine", "seven")]
    [InlineData("How many continents?", "The world has 4 continents.", "4", "7")]
    public void A_wrong_count_of_the_worlds_continents_is_still_corrected(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);
}
