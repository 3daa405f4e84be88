namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>A country's people ("Brazilians", "Japanese people") stand for the country as a claim's subject.</summary>
[Trait("Category", "Unit")]
public class PeoplesTests
{
    [Theory]
    [InlineData("what language do people speak in brazil?",
        "Brazilians speak Spanish, like the rest of South America. You can get by fine with standard Spanish.", "Spanish", "Portuguese")]
    [InlineData("What do they speak in Japan?", "Japanese people mostly speak Chinese at home.", "Chinese", "Japanese")]
    [InlineData("Tell me about Mexico.", "Mexicans pay in euros, and the capital is Mexico City.", "euros", "Mexican Peso")]
    public void A_wrong_value_said_of_a_countrys_people_is_contradicted(string prompt, string answer, string claim, string expected)
    {
        var findings = FactAssert.Checker.Check(prompt, answer).Findings.Where(f => f.Verdict == FactVerdicts.Contradicted).ToList();

        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(claim, answer.Substring(f.Start, claim.Length)));
        Assert.Contains(expected, findings[0].Expected, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("what language do people speak in brazil?", "Brazilians speak Portuguese.")]
    [InlineData("Which languages are spoken in Switzerland?", "The Swiss speak German, French, Italian and Romansh.")]
    public void The_right_value_said_of_a_countrys_people_is_confirmed(string prompt, string answer) =>
        FactAssert.Confirmed(prompt, answer);

    [Theory]
    [InlineData("What do people speak in South America?", "South Americans mostly speak Spanish, and Brazilians speak Portuguese.")]
    [InlineData("Do many people in Brazil speak English?", "Brazilians speak Portuguese. Many younger Brazilians also learn English at school.")]
    [InlineData("Do many people in Brazil speak English?", "People in Brazil speak Portuguese. Many younger people in Brazil also learn English at school.")]
    public void Other_peoples_and_second_languages_are_not_flagged(string prompt, string answer) =>
        FactAssert.NotFlagged(prompt, answer);

    [Theory]
    [InlineData("Currencies of the Pacific?", "| Country | Currency |\n|---|---|\n| Fiji | Fijian dollar |\n| Australia | Australian dollar |")]
    [InlineData("What do they use in Ghana?", "Ghanaians pay in the Ghanaian cedi.")]
    public void A_currency_named_with_the_nationality_is_the_countrys(string prompt, string answer) =>
        FactAssert.Confirmed(prompt, answer);
}
