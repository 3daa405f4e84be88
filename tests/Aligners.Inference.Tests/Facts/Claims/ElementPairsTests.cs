namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>An element's name and symbol written together: correcting one corrects the bracket beside it.</summary>
[Trait("Category", "Unit")]
public class ElementPairsTests
{
    [Theory]
    [InlineData("Which element has atomic number 29?", "Number 29 is zinc (Zn), a reddish metal.", "Number 29 is copper (Cu), a reddish metal.")]
    [InlineData("What is the symbol for sodium?", "Sodium is S (sulfur), from the Latin natrium.", "Sodium is Na (sodium), from the Latin natrium.")]
    public void The_bracket_beside_a_corrected_element_is_corrected_with_it(string prompt, string answer, string corrected)
    {
        var report = FactAssert.Checker.Check(prompt, answer);
        Assert.Equal(corrected, FactChecker.Correct(answer, report.Findings));
    }

    [Theory]
    [InlineData("Which element has atomic number 29?", "Number 29 is copper (Cu).")]
    [InlineData("Which element has atomic number 29?", "Number 29 is copper (a soft metal).")]
    public void A_right_element_or_a_bracket_that_names_no_element_is_not_flagged(string prompt, string answer) =>
        FactAssert.NotFlagged(prompt, answer);
}
