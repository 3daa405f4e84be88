namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// A transcontinental country placed only on the continent that holds a small part of its land
/// (Egypt in Asia), against answers that name its main continent or say it lies there only in part.
/// </summary>
[Trait("Category", "Unit")]
public class RelationClaimsTests
{
    [Theory]
    [InlineData("Which continent is Egypt in?", "Egypt is in Asia, as part of the Middle East.", "Asia", "Africa")]
    [InlineData("Where is Egypt?", "Egypt is part of Asia.", "Asia", "Africa")]
    [InlineData("Which continent is Turkey on?", "Turkey is in Europe.", "Europe", "Asia")]
    [InlineData("Where is Panama?", "Panama is a country in South America.", "South America", "North America")]
    public void A_country_placed_only_where_a_small_part_of_it_lies_is_corrected_to_its_main_continent(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Theory]
    [InlineData("Which continent is Egypt in?", "Egypt is in Africa, though its Sinai Peninsula lies in Asia.")]
    [InlineData("Which continent is Egypt in?", "Egypt is in Africa. It is also considered part of the Middle East, in Asia.")]
    [InlineData("Where is Turkey?", "Turkey is partly in Europe, but most of it is in Asia.")]
    [InlineData("Which continent is Turkey in?", "Turkey is in Asia.")]
    [InlineData("Where is Russia?", "Russia is a country in Europe.")]
    [InlineData("Where is Russia?", "Russia lies in Asia.")]
    [InlineData("Is Egypt in Asia?", "Egypt is not in Asia; it is in Africa.")]
    public void A_main_continent_or_a_part_said_as_a_part_is_not_flagged(string prompt, string answer) => FactAssert.NotFlagged(prompt, answer);
}
