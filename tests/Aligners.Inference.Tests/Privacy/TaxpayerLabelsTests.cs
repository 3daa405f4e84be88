namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class TaxpayerLabelsTests
{
    private static readonly NationalIdDetector Detector = new();

    [Theory]
    [InlineData("Vendor record 4471, TIN (social): 523-41-8816, address on file.", "523-41-8816")]
    [InlineData("Payee TIN: 523-41-8816", "523-41-8816")]
    [InlineData("Taxpayer Identification Number: 523 41 8816", "523 41 8816")]
    public void An_ssn_in_its_groups_after_a_taxpayer_number_label_is_an_ssn(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Theory]
    [InlineData("Payee TIN: 523418816")] // nine bare digits: an EIN's or any number's as often
    [InlineData("Payee TIN: 000-41-8816")] // never issued: area 000
    [InlineData("Payee TIN: 666-41-8816")] // never issued: area 666
    [InlineData("Batch 523-41-8816 shipped; TIN checks pass.")] // the label is not right before it
    public void Other_values_after_or_near_a_taxpayer_label_are_no_ssn(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }
}
