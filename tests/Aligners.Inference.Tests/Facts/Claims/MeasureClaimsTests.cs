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

    [Theory]
    [InlineData("What is the exact speed of light in m/s?", "The speed of light in a vacuum is exactly 299,792,548 metres per second.", "299,792,548", "299,792,458")]
    [InlineData("how long does it take sunlight to reach earth", "Sunlight takes about 8 seconds to reach Earth.", "8", "499")]
    public void A_value_off_by_more_than_it_claims_is_contradicted(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Theory]
    [InlineData("What is the speed of light?", "The speed of light is exactly 299,792,458 m/s, by definition.")]
    [InlineData("What is the speed of light?", "Light travels at roughly 299,792,548 m/s, about 300,000 km/s.")]
    [InlineData("What is the speed of light?", "Light travels at exactly 300,000 km/s to the nearest hundred thousand.")]
    [InlineData("how long does sunlight take to reach us?", "Light from the Sun takes about 8 minutes and 20 seconds to reach Earth.")]
    public void A_value_within_what_it_claims_is_confirmed(string prompt, string answer) => FactAssert.Confirmed(prompt, answer);

    [Fact]
    public void Time_in_the_sun_is_not_its_lights_journey() =>
        FactAssert.NotFlagged("How much sun do I need for vitamin D?", "About 15 minutes of sunlight on your arms a few times a week is enough for most people.");

    [Theory]
    [InlineData("Is there a difference in ribs?", "No: men and women both have 12 pairs of ribs.")]
    [InlineData("how many bones does an adult human have", "206. Newborns have around 270 bones and cartilage pieces, many of which fuse.")]
    public void A_count_whose_subject_only_the_prompt_names_is_not_flagged_when_right(string prompt, string answer) => FactAssert.NotFlagged(prompt, answer);

    [Fact]
    public void Pairs_of_a_count_are_corrected_as_pairs()
    {
        var finding = FactAssert.Contradiction("Do men and women have the same number of ribs?", "Yes, both have the same number — 10 pairs of ribs, 20 in total.");

        Assert.Equal(("10", "12"), (finding.Claim, finding.Expected));
    }

    [Theory]
    [InlineData("What's the speed of sound?", "In dry air at 20 °C, sound travels at about 343 metres per second. It's faster in water, about 1,480 m/s, and even faster in steel.")]
    [InlineData("How fast is light?", "About 300,000 km/s in a vacuum; in glass it slows to roughly 200,000 km/s.")]
    public void A_sentence_naming_another_medium_gives_that_medium_s_value(string prompt, string answer) => FactAssert.NotFlagged(prompt, answer);

    [Fact]
    public void The_same_value_given_for_air_is_still_contradicted() =>
        FactAssert.ContradictedAt("What's the speed of sound?", "Sound travels through air at about 1,480 m/s.", "1,480", "343");

    [Theory]
    [InlineData("How do I calculate the area of a circle?", "Area = π × r². Example: a circle with radius 5 cm has area π × 5² = π × 25 ≈ 78.54 cm².")]
    [InlineData("How many bones does an adult human have?", "206. Newborns have around 270 bones, and many of them fuse during childhood, for example in the skull.")]
    [InlineData("The heart has 3 chambers, right?", "Not for humans: the human heart has four chambers. Frogs and most reptiles do have three-chambered hearts, though.")]
    public void A_term_of_a_calculation_or_another_creature_s_count_is_no_claim_of_the_measure(string prompt, string answer) =>
        FactAssert.NotFlagged(prompt, answer);

    [Fact]
    public void A_wrong_count_for_the_human_heart_is_still_contradicted() =>
        FactAssert.ContradictedAt("How many chambers does the heart have?", "The human heart has three chambers.", "three", "four");

    [Fact]
    public void A_count_in_bold_is_no_term_of_a_product() =>
        FactAssert.Confirmed("How many bones are in the adult human body?", "An adult human skeleton has **206 bones**. Babies are born with around 270.");
}
