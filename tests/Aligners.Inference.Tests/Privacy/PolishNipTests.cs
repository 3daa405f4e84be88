namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class PolishNipTests
{
    private static readonly PhoneDetector Detector = new("US", "CA", "GB", "DE", "FR", "ES", "NL", "AU", "PL");

    [Theory]
    [InlineData("Sprzedawca: Kowalczyk Sp. z o.o.\nNIP: 526-104-08-28\nul. Prosta 12, Warszawa")]
    [InlineData("Dane do faktury – NIP 779-237-65-14, REGON 301234567")]
    public void A_polish_tax_number_in_dashed_groups_after_its_label_is_no_phone_number(string text)
    {
        Assert.DoesNotContain(Detector.Detect(text), e => e.Type == PrivacyTypes.Phone);
    }

    [Fact]
    public void The_same_groups_after_a_phone_word_stay_a_phone_number()
    {
        Detector.SingleAt("Infolinia, tel. 801-234-56-78", "801-234-56-78");
    }
}
