namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// A record holds in the scope its phrase names: where the knowledge holds that scope exactly (a
/// continent, a country, the world) the claim is checked; where it does not (a union of states, a
/// mountain range, a region), or the only place the knowledge holds stands in a later clause, the
/// claim is left to the neural score rather than corrected with another scope's value.
/// </summary>
[Trait("Category", "Unit")]
public class RecordScopeTests
{
    [Theory]
    [InlineData("Tell me about Europe's mountains.", "The highest mountain in the European Union is Mont Blanc.")]
    [InlineData("Which is the longest river that runs through the Balkans?", "That would be the Danube, about 2,850 km long.")]
    [InlineData("Which is the highest peak in the Himalayas?", "The highest peak in the Himalayas is K2, in Pakistan.")]
    [InlineData("Tallest mountain in the Rockies?", "The tallest mountain in the Rocky Mountains is Mount Whitney.")]
    [InlineData("Highest mountain in Texas?", "The highest mountain in Texas is Mount Kenya.")]
    public void A_record_of_a_scope_the_knowledge_does_not_hold_is_not_corrected(string prompt, string answer) =>
        FactAssert.NotFlagged(prompt, answer);

    [Fact]
    public void A_country_in_a_later_clause_is_not_the_record_s_scope() =>
        FactAssert.ContradictedAt("What is the highest mountain?", "The highest mountain is Kilimanjaro, close to the border of Kenya.", "Kilimanjaro", "Mount Everest");

    [Theory]
    [InlineData("tallest mountain in south america?", "That would be Chimborazo in Ecuador, at 6,263 m - it's the highest point in the Andes.", "Chimborazo", "Aconcagua")]
    [InlineData("What's the longest river in Africa?", "The Congo, which is also the longest river in Central Africa.", "Congo", "Nile")]
    public void The_first_holder_named_answers_the_prompt_s_record_beside_a_record_of_a_place_the_knowledge_does_not_hold(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Theory]
    [InlineData("tallest mountain in south america?", "That would be Aconcagua in Argentina, at 6,961 m - it's the highest point in the Andes.")]
    [InlineData("What's the longest river in Africa?", "The Nile. The longest river in the EU is the Danube.")]
    public void A_record_of_an_unknown_place_after_the_right_holder_is_not_judged_against_the_prompt_s_record(string prompt, string answer) =>
        FactAssert.Confirmed(prompt, answer);

    [Theory]
    [InlineData("longest river in europe?", "The longest river in Europe is the Danube.", "Danube", "Volga")]
    [InlineData("What's the highest mountain in Kenya?", "The highest mountain in Kenya is Kilimanjaro.", "Kilimanjaro", "Mount Kenya")]
    public void A_record_of_a_held_scope_is_checked_as_before(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Theory]
    [InlineData("Longest river in Europe?", "The Volga is the longest river in Europe.")]
    [InlineData("What is the highest mountain in Africa?", "The highest mountain in Africa is Kilimanjaro, in Tanzania.")]
    public void A_right_record_of_a_held_scope_is_confirmed(string prompt, string answer) => FactAssert.Confirmed(prompt, answer);
}
