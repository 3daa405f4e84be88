namespace Aligners.Inference.Tests.Privacy;

/// <summary>
/// Reference numbers a phone number's shape could hide: contract numbers with dots, airline tickets, letter-prefixed
/// ids. Each text also holds a phone word, or a real phone number beside the reference, so only the reference's own
/// shape keeps it out.
/// </summary>
[Trait("Category", "Unit")]
public class PhoneDetectorReferenceTests
{
    private static readonly PhoneDetector Detector = new("US", "CA", "GB", "DE", "FR", "ES", "NL", "AU");

    [Theory]
    [InlineData("Ihre Vertragsnummer 512.338.907, Zählerstand bitte bis Freitag melden.")]
    [InlineData("Votre numéro de contrat 630.118.452 figure sur la facture.")]
    [InlineData("Mijn telefoon is kapot; polisnummer 271.904.336.")]
    public void Dotted_digits_after_a_contract_or_customer_word_are_not_a_phone_number(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("Votre billet électronique n° 057-3318820154")]
    [InlineData("Billete electrónico: 075-6612094837\nImporte: 120,00 EUR")]
    [InlineData("Ihre Ticketnummer: 157-9920183746")]
    public void An_airline_ticket_number_beside_a_ticket_word_is_not_a_phone_number(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("{\"telefon\":\"+48 601 234 567\",\"nr_zam\":\"ORD-71520388\"}", "+48 601 234 567")]
    [InlineData("{\"telefon\":\"+48 601 234 567\",\"nr\":\"INV-2025-61123490\"}", "+48 601 234 567")]
    [InlineData("Telefon +49 30 22125566 / Beleg INV-0612345678", "+49 30 22125566")]
    public void The_digits_of_a_letter_prefixed_id_are_not_a_phone_number(string text, string phone)
    {
        Detector.SingleAt(text, phone);
    }

    [Theory]
    [InlineData("Telefon: 030.2212.5566", "030.2212.5566")]
    [InlineData("Kundennummer 4471, Rückruf bitte unter +49 30 22125566", "+49 30 22125566")]
    [InlineData("Questions about ticket 4471? Call +1 415-555-0132.", "+1 415-555-0132")]
    [InlineData("Fax-0612345678", "0612345678")]
    public void A_phone_number_beside_a_reference_is_still_found(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }
}
