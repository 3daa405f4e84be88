namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>A group block named in the plural over a list of elements: each listed element is judged against it.</summary>
[Trait("Category", "Unit")]
public class BlockListsTests
{
    [Theory]
    [InlineData("Name the noble gases", "The noble gases are helium, neon, argon, nitrogen, krypton, xenon and radon.", "the group block of nitrogen", "nonmetal")]
    [InlineData("Name the halogens", "Halogens: fluorine, chlorine, bromine, iodine and oxygen.", "the group block of oxygen", "nonmetal")]
    public void An_element_listed_under_another_block_is_contradicted(string prompt, string answer, string subject, string expected)
    {
        var finding = FactAssert.Contradiction(prompt, answer);

        Assert.Equal((subject, expected), (finding.Subject, finding.Expected));
    }

    [Theory]
    [InlineData("Which are the alkali metals?", "The alkali metals include lithium, sodium, potassium, rubidium, caesium and francium.")]
    [InlineData("Is nitrogen a noble gas?", "No, nitrogen is not a noble gas; the noble gases are helium, neon, argon, krypton, xenon and radon.")]
    public void A_right_list_is_confirmed(string prompt, string answer) => FactAssert.Confirmed(prompt, answer);
}
