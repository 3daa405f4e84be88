using Aligners.Inference.Privacy;

namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class DanishNumbersTests
{
    private static readonly PhoneDetector Detector = new("US", "CA", "GB", "DE", "FR", "ES", "NL", "AU");

    [Theory]
    [InlineData("Kære kunde\nNavn: Mads Holm\nTlf.: 40128356\nMed venlig hilsen", "40128356")]
    [InlineData("Hej Sofie, jeg kan ikke nå dig. Mobil: 51 73 90 24", "51 73 90 24")]
    [InlineData("Kontaktoplysninger og adresse\nTelefon: 33 12 47 80\nMvh Lars", "33 12 47 80")]
    public void An_eight_digit_number_after_a_danish_label_in_a_danish_text_is_a_phone_number(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Fact]
    public void A_danish_label_in_a_text_without_danish_words_reads_no_danish_number()
    {
        Assert.Empty(DanishNumbers.Find("Reporting line for the audit\nTlf. 40128356 was the code"));
    }

    [Theory]
    [InlineData("Navn og adresse", true)]
    [InlineData("Name und Adresse, Telefon", false)]
    public void A_text_is_danish_with_two_danish_words(string text, bool danish)
    {
        Assert.Equal(danish, DanishNumbers.IsDanish(text));
    }
}
