namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// A language said of a continent, a region or "the rest of" one is no claim about the country
/// named nearby: it is left alone, while a wrong language said of the country is still corrected.
/// </summary>
[Trait("Category", "Unit")]
public class OtherPlaceClausesTests
{
    [Theory]
    [InlineData("what language is spoken in mexico", "Spanish. Mexico has more Spanish speakers than any other country. Most of the rest of North America speaks English, which is why visitors sometimes expect Mexico to as well.")]
    [InlineData("what do people speak in portugal", "Portuguese. The rest of the Iberian Peninsula mostly speaks Spanish, so travellers sometimes assume Portugal does too.")]
    public void A_language_of_another_place_leaves_the_country_alone(string prompt, string answer) =>
        FactAssert.NotFlagged(prompt, answer);

    [Fact]
    public void A_wrong_language_of_the_country_is_still_corrected() =>
        FactAssert.ContradictedAt("what language is spoken in mexico", "Mexico speaks Portuguese.", "Portuguese", "Spanish");

    [Fact]
    public void A_country_in_the_clause_before_the_value_is_its_subject() =>
        Assert.Equal("Portuguese", FactAssert.Contradiction("what do they speak there?", "Unlike the rest of the continent, in Mexico people speak Portuguese.").Claim);
}
