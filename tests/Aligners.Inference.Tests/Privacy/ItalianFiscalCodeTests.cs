using Aligners.Inference.Privacy;

namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class ItalianFiscalCodeTests
{
    [Theory]
    [InlineData("RSSMRA85T10A562S")] // the Agenzia delle Entrate's own example
    [InlineData("RSSMRA85T10A56NH")] // the same with its last digit as an omocodia letter (2 -> N), check letter recomputed
    [InlineData("BNCLRA92E52F205Y")] // a woman's: day 12 + 40
    [InlineData("rssmra85t10a562s")] // written in lower case
    public void A_code_with_its_check_letter_is_valid(string code)
    {
        Assert.True(ItalianFiscalCode.Valid(code));
    }

    [Theory]
    [InlineData("RSSMRA85T10A562T")] // wrong check letter
    [InlineData("RSSMRA85F10A562S")] // F is no month letter
    [InlineData("RSSMRA85T35A562S")] // day 35: neither a man's nor a woman's
    [InlineData("RSSMRA85T10A56AS")] // A is no omocodia letter
    [InlineData("RSSMRA85T10A562")] // fifteen characters
    public void A_look_alike_is_not_valid(string code)
    {
        Assert.False(ItalianFiscalCode.Valid(code));
    }
}
