namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// A country placed in Central America or the Caribbean, regions of North America: false for a
/// country of another continent (corrected to its own), true for a country of the region.
/// </summary>
[Trait("Category", "Unit")]
public class RegionClaimsTests
{
    [Theory]
    [InlineData("where is ecuador", "Ecuador is in Central America, on the Pacific coast.", "Central America", "South America")]
    [InlineData("Is Venezuela Caribbean?", "Venezuela is located in the Caribbean, east of Colombia.", "Caribbean", "South America")]
    [InlineData("Where's Sri Lanka?", "Sri Lanka is a Caribbean island famous for its tea.", "Caribbean", "Asian")]
    [InlineData("Where is Paraguay?", "Paraguay is a Central American country without a coastline.", "Central American", "South American")]
    public void A_country_of_another_continent_placed_in_the_region_is_contradicted(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Theory]
    [InlineData("where is honduras", "Honduras is in Central America, between Guatemala and Nicaragua.")]
    [InlineData("Is Jamaica in the Caribbean?", "Jamaica is in the Caribbean, south of Cuba.")]
    [InlineData("Where is Costa Rica?", "Costa Rica is a Central American country.")]
    public void A_country_of_the_region_placed_there_is_confirmed(string prompt, string answer) => FactAssert.Confirmed(prompt, answer);

    [Theory]
    [InlineData("where is ecuador", "Ecuador is not in Central America; it is in South America.")]
    [InlineData("Is Canada in Central America?", "Canada is in Central America? No such luck.")]
    [InlineData("where is ecuador", "Ecuador exports bananas to Central America.")]
    public void A_denial_a_north_american_country_or_another_relation_is_not_flagged(string prompt, string answer) => FactAssert.NotFlagged(prompt, answer);
}
