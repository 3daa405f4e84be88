namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>An element's symbol named by the words that introduce one ("represented by", "its symbol is", "written as").</summary>
[Trait("Category", "Unit")]
public class SymbolClaimsTests
{
    [Theory]
    [InlineData("What's the symbol for potassium?", "Potassium is represented by Po.", "Po", "K")]
    [InlineData("Symbol for tin?", "Tin is represented by Ti on the periodic table.", "Ti", "Sn")]
    [InlineData("Symbol for silver?", "Silver is a precious metal. Its symbol is Si.", "Si", "Ag")]
    [InlineData("Symbol for lead?", "Lead is written as Le in chemical formulas.", "Le", "Pb")]
    [InlineData("Symbol for helium?", "Helium's symbol is Hm.", "Hm", "He")]
    [InlineData("Symbol for nitrogen?", "Nitrogen is denoted by Ni.", "Ni", "N")]
    public void A_wrong_symbol_after_words_that_name_it_is_corrected_even_when_no_element_has_it(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Theory]
    [InlineData("What's the symbol for potassium?", "Potassium is represented by K.")]
    [InlineData("Symbol for tin?", "Tin is represented by Sn, from the Latin stannum.")]
    [InlineData("Symbol for helium?", "Helium's symbol is He.")]
    [InlineData("Symbol for lead?", "Lead is written as Pb.")]
    public void A_right_symbol_after_those_words_is_confirmed(string prompt, string answer) => FactAssert.Confirmed(prompt, answer);

    [Theory]
    [InlineData("Tell me about sodium.", "Sodium's symbol is Na. So it is easy to confuse with nothing else.")]
    [InlineData("Tell me about iron.", "Iron is represented by Fe. In steel it is mixed with carbon.")]
    public void A_word_opening_the_next_sentence_is_no_symbol(string prompt, string answer) => FactAssert.NotFlagged(prompt, answer);

    [Fact]
    public void The_asked_symbol_opening_the_answer_is_confirmed_beside_another_element_s() =>
        FactAssert.NotFlagged("what is the chemical symbol for gold", "Au — from the Latin *aurum*. (Ag is silver, from *argentum*.) Gold's atomic number is 79.");
}
