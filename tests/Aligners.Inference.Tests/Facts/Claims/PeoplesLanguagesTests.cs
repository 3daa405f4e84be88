namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// A people's adjective taken for a language ("Austrian", "Belgian"): judged as a country's language
/// where the answer calls it one, and no claim where it describes a person or a variety of a language.
/// </summary>
[Trait("Category", "Unit")]
public class PeoplesLanguagesTests
{
    [Theory]
    [InlineData("What language do people speak in Austria?", "The official language of Austria is Austrian, a language of its own.", "Austrian", "German")]
    [InlineData("main language spoken in austria?", "Austria's official language is Austrian, a separate language closely related to Dutch.", "Austrian", "German")]
    public void A_people_s_adjective_named_as_the_country_s_language_is_contradicted(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Theory]
    [InlineData("What language do people speak in Austria?", "German. Austrian German has a few words of its own.")]
    [InlineData("What language is spoken in Brazil?", "Brazilians speak Brazilian Portuguese.")]
    [InlineData("Tell me about Mozart", "Mozart was an Austrian composer who wrote operas in Italian and German.")]
    public void An_adjective_beside_the_right_language_or_describing_a_person_is_not_flagged(string prompt, string answer) =>
        FactAssert.NotFlagged(prompt, answer);
}
