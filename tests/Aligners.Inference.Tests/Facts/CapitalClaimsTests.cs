namespace Aligners.Inference.Tests.Facts;

/// <summary>
/// A capital question answered: the country asked is the one the asker means, not one they set
/// aside, and the words that open a reply are not read as the city it names.
/// </summary>
[Trait("Category", "Unit")]
public class CapitalClaimsTests
{
    [Theory]
    [InlineData("Are you stupid? I asked for the capital of Canada, not Australia.", "My apologies for the mix-up. The capital of Canada is **Ottawa**.")]
    [InlineData("I wanted the capital of Peru rather than Bolivia", "Sorry about that! Peru's capital is Lima.")]
    [InlineData("capital of Kenya instead of the Netherlands please", "Of course: the capital of Kenya is Nairobi.")]
    public void A_country_the_asker_sets_aside_is_not_the_one_asked(string prompt, string answer) =>
        FactAssert.Confirmed(prompt, answer);

    [Fact]
    public void The_country_asked_beside_one_set_aside_is_still_judged()
    {
        const string answer = "My apologies. The capital of Canada is Toronto.";
        FactAssert.ContradictedAt("I asked for the capital of Canada, not Australia.", answer, "Toronto", "Ottawa");
    }

    [Theory]
    [InlineData("What's the capital of Japan?", "My guess would be Osaka.", "Osaka", "Tokyo")]
    [InlineData("capital of Egypt?", "Our answer: Alexandria.", "Alexandria", "Cairo")]
    public void A_possessive_opening_a_reply_is_not_the_city_it_names(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Fact]
    public void A_reply_that_names_no_city_after_its_opening_words_is_not_flagged() =>
        FactAssert.NotFlagged("Are you stupid? I asked for the capital of Canada, not Australia.", "My apologies for the mix-up.");

    [Fact]
    public void A_country_of_the_United_Kingdom_has_its_capital() =>
        FactAssert.Confirmed("What is the capital of Wales?", "Cardiff is the capital of Wales.");

    [Fact]
    public void A_wrong_capital_of_a_country_of_the_United_Kingdom_is_contradicted() =>
        FactAssert.ContradictedAt("what is the capital of scotland", "The capital of Scotland is Glasgow, its biggest city.", "Glasgow", "Edinburgh");

    [Fact]
    public void Praise_that_opens_a_reply_is_not_the_city_it_names() =>
        FactAssert.ContradictedAt("What's the capital of New Zealand? Writing a quiz for my pub.",
            "Good quiz question, lots of people get it wrong! The answer is Auckland.", "Auckland", "Wellington");
}
