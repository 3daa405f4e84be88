namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class TaxIdChecksTests
{
    [Theory]
    [InlineData("93141705862")]
    [InlineData("20 561 748 335")]
    [InlineData("88310679245")]
    public void A_steuer_id_with_its_structure_and_check_digit_passes(string value)
    {
        Assert.True(TaxIdChecks.GermanSteuerId(value));
    }

    [Theory]
    [InlineData("93141705863")] // check digit off by one
    [InlineData("03141705862")] // leading zero
    [InlineData("12345678903")] // no digit repeated among the first ten
    [InlineData("11112345678")] // one digit four times
    public void A_steuer_id_breaking_a_rule_fails(string value)
    {
        Assert.False(TaxIdChecks.GermanSteuerId(value));
    }

    [Theory]
    [InlineData("687731322")]
    [InlineData("148 936 439")]
    [InlineData("460-495-660")]
    public void A_tfn_whose_weighted_sum_is_a_multiple_of_eleven_passes(string value)
    {
        Assert.True(TaxIdChecks.AustralianTfn(value));
    }

    [Fact]
    public void A_tfn_with_a_changed_digit_fails()
    {
        Assert.False(TaxIdChecks.AustralianTfn("687731323"));
    }

    [Theory]
    [InlineData("178800215")]
    [InlineData("405 598 749")]
    [InlineData("279-584-924")]
    public void A_luhn_valid_sin_passes(string value)
    {
        Assert.True(TaxIdChecks.CanadianSin(value));
    }

    [Theory]
    [InlineData("178800216")] // fails Luhn
    [InlineData("833721178")] // Luhn-valid, but 8 starts business numbers
    public void Other_nine_digit_numbers_are_no_sin(string value)
    {
        Assert.False(TaxIdChecks.CanadianSin(value));
    }
}
