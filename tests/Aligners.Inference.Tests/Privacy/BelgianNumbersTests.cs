using Aligners.Inference.Privacy;

namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class BelgianNumbersTests
{
    private static readonly PhoneDetector Detector = new("US", "CA", "GB", "DE", "FR", "ES", "NL", "AU");

    [Theory]
    [InlineData("Hallo, ik ben het best bereikbaar op 03 218 44 90 na vijf uur.", "03 218 44 90")]
    [InlineData("Gelieve mij terug te bellen: 09 233 17 65, dank u.", "09 233 17 65")]
    public void A_belgian_landline_in_a_dutch_sentence_is_a_phone_number(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Fact]
    public void The_same_number_in_an_english_sentence_is_not_read_as_belgian()
    {
        Assert.Empty(Detector.Detect("Batch 03 218 44 90 was shipped on Monday."));
    }

    [Fact]
    public void A_number_valid_in_the_netherlands_is_left_to_the_dutch_reading()
    {
        Assert.False(BelgianNumbers.InDutch("Je kunt mij bereiken op 020 123 4567 of mailen.", 24, "020 123 4567"));
    }

    [Fact]
    public void A_deployment_that_reads_belgian_numbers_finds_them_as_before()
    {
        new PhoneDetector("BE").SingleAt("Je kunt mij bereiken op 03 218 44 90.", "03 218 44 90");
    }
}
