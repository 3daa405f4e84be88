namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// A country named in a later clause of cause or contrast is not the subject of a value whose own
/// clause names its subject by a pronoun; a claim about it stated plainly is still judged.
/// </summary>
[Trait("Category", "Unit")]
public class LaterClauseSubjectsTests
{
    [Theory]
    [InlineData("What language is spoken in Mozambique?",
        "Mozambique's official language is Portuguese — it is one of the few countries in Africa where that holds, since it was ruled by Portugal.")]
    [InlineData("What language do people speak in Angola?",
        "People in Angola speak Portuguese, and it's a country in Africa, because it was a colony of Portugal rather than of Britain.")]
    public void A_continent_in_a_pronoun_clause_is_not_read_as_the_later_countrys(string prompt, string answer) =>
        FactAssert.NotFlagged(prompt, answer);

    [Fact]
    public void A_wrong_continent_in_a_pronoun_clause_is_judged_for_the_asked_country() =>
        FactAssert.ContradictedAt("What language is spoken in Mozambique?",
            "Mozambique's official language is Portuguese — it is a country in Asia, since it was ruled by Portugal.", "Asia", "Africa");

    [Fact]
    public void A_country_placed_plainly_on_a_wrong_continent_is_still_corrected() =>
        FactAssert.ContradictedAt("Where is Portugal?", "Portugal is a country in South America.", "South America", "Europe");
}
