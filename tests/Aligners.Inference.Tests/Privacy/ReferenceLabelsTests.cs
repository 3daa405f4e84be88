namespace Aligners.Inference.Tests.Privacy;

/// <summary>
/// Customer, order, case, contract and invoice labels in the languages beyond English name the number after them: a
/// reference, not a phone number, even where a word that also means "number" ("numero", "número") precedes it. Each
/// number here is one a phone word makes a phone number, as the last tests show.
/// </summary>
[Trait("Category", "Unit")]
public class ReferenceLabelsTests
{
    private static readonly PhoneDetector Detector = new("US", "CA", "GB", "DE", "FR", "ES", "NL", "AU");

    [Theory]
    [InlineData("Il numero della pratica è 412087395, la conserviamo per dieci anni.")] // Italian: a case file
    [InlineData("Numero contratto 412087395 del 3 marzo.")]
    [InlineData("Codice cliente: 415-823-4471 (da indicare nei bonifici).")]
    [InlineData("Su número de cliente es 412087395; guárdelo para futuras consultas.")] // Spanish
    [InlineData("Nº de cliente: 415-823-4471")]
    [InlineData("O número do cliente é 412087395.")] // Portuguese
    [InlineData("Protocolo 415-823-4471 registrado com sucesso.")]
    [InlineData("Kundennr. 415-823-4471 · bitte bei Zahlung angeben")] // German
    [InlineData("Votre numéro de contrat 412087395 figure sur la facture.")] // French
    [InlineData("Uw klantnr 415-823-4471 staat op elke factuur.")] // Dutch
    [InlineData("Numer zamówienia: 415-823-4471, dziękujemy za zakupy.")] // Polish
    [InlineData("Nr klienta 415-823-4471")]
    [InlineData("Ditt kundnummer är 415-823-4471.")] // Swedish
    [InlineData("Kundenummer: 415-823-4471")] // Norwegian, Danish
    [InlineData("Asiakasnumero 415-823-4471")] // Finnish
    public void A_number_a_reference_label_names_is_not_a_phone_number(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("Numero pratica 412087395, telefono +61 412 087 395", "+61 412 087 395")]
    [InlineData("Número de cliente 5512, teléfono 612 34 56 78", "612 34 56 78")]
    [InlineData("Kundennr. 4471 – Telefon 030 22125566", "030 22125566")]
    [InlineData("Numer zamówienia 4471, tel. +48 601 234 567", "+48 601 234 567")]
    public void A_phone_word_nearer_the_number_still_makes_it_a_phone_number(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Theory]
    [InlineData("Atención al cliente: 912 34 56 78", "912 34 56 78")] // a customer service's line, not a customer's number
    [InlineData("Servizio clienti, numero 4158234471", "4158234471")]
    [InlineData("Il numero è 412087395", "412087395")]
    [InlineData("Ufficio: 415-823-4471", "415-823-4471")]
    public void A_customer_service_line_or_an_unlabelled_number_is_still_a_phone_number(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }
}
