namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// A list of "Country – Capital" items under a question on capitals, the country in Markdown
/// emphasis: the city after the dash, en dash, em dash or colon is the claim.
/// </summary>
[Trait("Category", "Unit")]
public class ListedCapitalsEmphasisTests
{
    [Theory]
    [InlineData("What are the capitals of Kenya, Ghana and Egypt?", "Here you go:\n\n- **Kenya** – Nairobi\n- **Ghana** – Kumasi\n- **Egypt** – Cairo", "Kumasi", "Accra")]
    [InlineData("Capitals of these Asian countries please: Vietnam, Japan", "1. **Vietnam** — Ho Chi Minh City\n2. **Japan** — Tokyo", "Ho Chi Minh City", "Hanoi")]
    [InlineData("Give me the capital cities of Canada and Mexico.", "* __Canada__ - Toronto\n* __Mexico__ - Mexico City", "Toronto", "Ottawa")]
    [InlineData("List the capitals: Morocco, Nigeria.", "- *Morocco*: Casablanca\n- *Nigeria*: Abuja", "Casablanca", "Rabat")]
    public void A_wrong_capital_after_an_emphasised_country_is_contradicted(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Theory]
    [InlineData("What are the capitals of Kenya, Ghana and Egypt?", "Here you go:\n\n- **Kenya** – Nairobi\n- **Ghana** – Accra\n- **Egypt** – Cairo")]
    [InlineData("Capitals of Vietnam and Japan?", "1. **Vietnam** — Hanoi\n2. **Japan** — Tokyo")]
    [InlineData("List the capitals: Morocco, Nigeria.", "- *Morocco*: Rabat\n- *Nigeria*: Abuja")]
    public void A_list_of_right_capitals_in_emphasis_is_confirmed(string prompt, string answer) => FactAssert.Confirmed(prompt, answer);
}
