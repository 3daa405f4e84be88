namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class IbanDetectorTests
{
    private static readonly IbanDetector Detector = new();

    [Theory]
    [InlineData("IBAN: GB82WEST12345698765432", "GB82WEST12345698765432")]
    [InlineData("pay to GB82 WEST 1234 5698 7654 32 by Friday", "GB82 WEST 1234 5698 7654 32")]
    [InlineData("DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00")]
    [InlineData("FR1420041010050500013M02606;", "FR1420041010050500013M02606")]
    [InlineData("NL91ABNA0417164300, BIC ABNANL2A", "NL91ABNA0417164300")]
    [InlineData("Konto BE68539007547034 bitte", "BE68539007547034")]
    public void A_valid_iban_is_found_with_its_exact_span(string text, string expected)
    {
        var entity = Detector.SingleAt(text, expected);

        Assert.Equal(PrivacyTypes.Iban, entity.Type);
    }

    [Theory]
    [InlineData("GB82WEST12345698765431")] // one digit wrong
    [InlineData("GB28WEST12345698765432")] // check digits swapped
    [InlineData("GB82WEST1234569876543")] // one short for GB
    [InlineData("GB82WEST123456987654321")] // one long for GB
    [InlineData("XX82WEST12345698765432")] // no such country
    [InlineData("gb82west12345698765432")]
    [InlineData("SKU AB12CDEF34567890")]
    public void An_iban_that_fails_its_check_or_length_is_not_found(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Fact]
    public void Every_documented_example_passes_the_mod97_check()
    {
        string[] examples = ["GB82WEST12345698765432", "DE89370400440532013000", "FR1420041010050500013M02606", "ES9121000418450200051332",
            "IT60X0542811101000000123456", "NL91ABNA0417164300", "CH9300762011623852957", "AT611904300234573201", "BE68539007547034",
            "NO9386011117947", "DK5000400440116243", "FI2112345600000785", "SE4550000000058398257466", "PL61109010140000071219812874",
            "IE29AIBK93115212345678", "PT50000201231234567890154", "LU280019400644750000"];

        Assert.All(examples, iban => Assert.Equal(iban, Assert.Single(Detector.Detect(iban)) is var e ? iban.Substring(e.Start, e.Length) : null));
    }
}
