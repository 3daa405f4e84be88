namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// A country's highest point stated around the country's name, whether or not the place named is a
/// mountain the tables know: "Country's highest mountain is X", "the highest point in Country is
/// X", "X is Country's highest peak"; every highest point the knowledge holds is read so.
/// </summary>
[Trait("Category", "Unit")]
public class HighestPointClaimsTests
{
    [Theory]
    [InlineData("What's the tallest mountain in Spain?", "Spain's tallest mountain is Mulhacén, in the Sierra Nevada.", "Mulhacén", "Teide")]
    [InlineData("highest point in kenya?", "The highest point in Kenya is Mount Elgon, on the Ugandan border.", "Mount Elgon", "Mount Kenya")]
    [InlineData("Which peak is the highest in Mexico?", "Popocatépetl is Mexico's highest peak at over 5,400 m.", "Popocatépetl", "Pico de Orizaba")]
    [InlineData("Tell me Scotland facts", "Ben Macdui is the highest mountain in the United Kingdom.", "Ben Macdui", "Ben Nevis")]
    [InlineData("Highest mountain of Argentina?", "The highest mountain of Argentina: Cerro Tupungato.", "Cerro Tupungato", "Aconcagua")]
    public void A_wrong_highest_point_is_contradicted_where_it_stands(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Theory]
    [InlineData("What's the tallest mountain in Spain?", "Spain's tallest mountain is Teide, a volcano on Tenerife.")]
    [InlineData("highest point in kenya?", "The highest point in Kenya is Mount Kenya, at 5,199 m.")]
    [InlineData("Which peak is the highest in Mexico?", "Pico de Orizaba is Mexico's highest peak.")]
    [InlineData("Highest mountain in Japan?", "Japan's highest mountain is Mt. Fuji.")]
    [InlineData("Which is the highest point in Mexico?", "The highest point in Mexico is Orizaba, a dormant volcano.")]
    public void The_right_highest_point_in_the_same_shape_is_confirmed(string prompt, string answer) => FactAssert.Confirmed(prompt, answer);

    [Theory]
    [InlineData("Tell me about Kenya.", "Mount Elgon is not Kenya's highest point; that is Mount Kenya.")]
    [InlineData("Tell me about Kenya.", "Kenya's highest point is not far from the equator.")]
    public void A_denial_or_no_name_in_the_claim_s_place_is_not_flagged(string prompt, string answer) => FactAssert.NotFlagged(prompt, answer);

    public static TheoryData<string, string> HighestPoints()
    {
        var data = new TheoryData<string, string>();
        var tables = FactTables.Default;
        foreach (var c in tables.Countries)
        {
            if (tables.Superlatives.FirstOrDefault(f => f.Kinds.Contains("highest point") && f.Scope.SequenceEqual(c.Names)) is { } fact)
            {
                data.Add(c.Names[0], fact.Answer[0]);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(HighestPoints))]
    public void Every_highest_point_the_knowledge_holds_is_read_from_the_possessive_shapes(string country, string point)
    {
        FactAssert.Confirmed($"What is the highest point in {country}?", $"The highest point in {country} is {point}.");
        FactAssert.Confirmed($"What is the highest point in {country}?", $"{point} is {country}'s highest mountain.");
        var wrong = point == "Mount Zephyr" ? "Mount Quill" : "Mount Zephyr";
        FactAssert.ContradictedAt($"What is the highest point in {country}?", $"{country}'s highest point is {wrong}.", wrong, point);
    }
}
