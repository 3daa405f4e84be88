namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class ChecksumsTests
{
    [Theory]
    [InlineData("4111111111111111", true)]
    [InlineData("79927398713", true)]
    [InlineData("79927398710", false)]
    [InlineData("1212121212", true)]
    [InlineData("12a4", false)]
    public void Luhn_accepts_numbers_whose_check_digit_matches(string digits, bool valid)
    {
        Assert.Equal(valid, Checksums.Luhn(digits));
    }

    [Theory]
    [InlineData("GB82WEST12345698765432", true)]
    [InlineData("GB82WEST12345698765433", false)]
    [InlineData("GB82 WEST", false)]
    public void Mod97_accepts_ibans_that_leave_one(string iban, bool valid)
    {
        Assert.Equal(valid, Checksums.IbanMod97(iban));
    }

    [Theory]
    [InlineData("111222333", true)]
    [InlineData("123456782", true)]
    [InlineData("123456789", false)]
    [InlineData("000000000", false)]
    public void The_eleven_proof_accepts_weighted_sums_divisible_by_eleven(string bsn, bool valid)
    {
        Assert.Equal(valid, Checksums.ElevenProof(bsn));
    }

    [Theory]
    [InlineData(12345678, 'Z')]
    [InlineData(0, 'T')]
    [InlineData(1234567, 'L')]
    public void The_dni_letter_is_the_number_mod_23_in_the_table(int number, char letter)
    {
        Assert.Equal(letter, Checksums.DniLetter(number));
    }
}
