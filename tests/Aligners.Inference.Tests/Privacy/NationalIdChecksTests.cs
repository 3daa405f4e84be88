namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class NationalIdChecksTests
{
    [Theory]
    [InlineData("1 84 03 75 113 042 28", true)]
    [InlineData("295069200501960", true)]
    [InlineData("1 72 05 2A 004 011 29", true)] // Corsica: 2A read as 19 for the key
    [InlineData("2 63 11 2B 033 112 57", true)] // 2B read as 18
    [InlineData("1 84 03 75 113 042 29", false)] // wrong key
    [InlineData("1 72 05 2A 004 011 28", false)]
    [InlineData("5 84 03 75 113 042 28", false)] // no such sex digit
    [InlineData("1 84 15 75 113 042 28", false)] // month 15
    public void A_nir_has_its_key_of_97_less_the_number_mod_97(string value, bool valid)
    {
        Assert.Equal(valid, NationalIdChecks.FrenchNir(value));
    }

    [Theory]
    [InlineData("88.04.12-135.23", true)]
    [InlineData("88041213523", true)]
    [InlineData("05.09.18-247.89", true)] // born in 2000 or later: 2 is prefixed before the division
    [InlineData("88.04.12-135.24", false)]
    [InlineData("88.14.12-135.23", false)] // month 14
    [InlineData("8804121352", false)] // ten digits
    public void A_belgian_national_number_checks_its_first_nine_digits_mod_97(string value, bool valid)
    {
        Assert.Equal(valid, NationalIdChecks.BelgianNationalNumber(value));
    }

    [Theory]
    [InlineData("170589-146N", true)]
    [InlineData("030412A327T", true)] // born in the 2000s
    [InlineData("220799Y558C", true)] // a 1900s sign introduced in 2023
    [InlineData("170589-146M", false)] // wrong check character
    [InlineData("170589Z146N", false)] // no such century sign
    [InlineData("310289-146N", false)] // 31 February
    [InlineData("170589-001A", false)] // individual numbers start at 002
    public void A_hetu_has_a_real_date_a_century_sign_and_its_mod_31_check(string value, bool valid)
    {
        Assert.Equal(valid, NationalIdChecks.FinnishHetu(value));
    }

    [Theory]
    [InlineData("197703144126", true)]
    [InlineData("7703144126", true)] // ten digits carry no century
    [InlineData("177703144126", false)] // the 1700s
    [InlineData("198502304126", false)] // 30 February
    public void A_personnummer_with_its_century_has_a_real_date_of_that_century(string digits, bool valid)
    {
        Assert.Equal(valid, NationalIdChecks.PersonnummerCentury(digits));
    }
}
