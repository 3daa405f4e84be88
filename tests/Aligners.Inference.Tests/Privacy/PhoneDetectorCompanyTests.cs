namespace Aligners.Inference.Tests.Privacy;

/// <summary>Timestamps, company numbers and offers' references that a phone number's shape could hide.</summary>
[Trait("Category", "Unit")]
public class PhoneDetectorCompanyTests
{
    private static readonly PhoneDetector Detector = new("US", "CA", "GB", "DE", "FR", "ES", "NL", "AU");

    [Theory]
    [InlineData("20260412093015")]
    [InlineData("(197001010000)")]
    public void Digits_reading_as_a_date_and_time_are_a_compact_timestamp(string raw)
    {
        Assert.True(CompactTimestamps.Is(raw));
    }

    [Theory]
    [InlineData("20261332093015")] // month 13
    [InlineData("20260412250000")] // hour 25
    [InlineData("2026041209")] // too short
    public void Other_digit_runs_are_no_timestamp(string raw)
    {
        Assert.False(CompactTimestamps.Is(raw));
    }

    [Fact]
    public void A_timestamp_beside_a_phone_word_is_not_a_phone_number()
    {
        Assert.Empty(Detector.Detect("migrate: add phone index (20260412093015)"));
    }

    [Theory]
    [InlineData("KBO-nummer: 0751.893.245")]
    [InlineData("numéro d'entreprise 0822.114.609")]
    [InlineData("Lieferant: BE 0456.789.012")]
    [InlineData("BTW/TVA BE0456789012")]
    public void A_belgian_enterprise_number_is_not_a_phone_number(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("Betreff: Angebot 07713/27 – Nachfrage")]
    [InlineData("Onderwerp: Offerte 19482/27")]
    [InlineData("Objet : Devis 05512/26 – relance")]
    [InlineData("Asunto: Presupuesto 04487/27")]
    public void An_offers_reference_in_a_subject_is_not_a_phone_number(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Fact]
    public void A_phone_word_nearer_than_the_offer_still_names_a_phone_number()
    {
        Detector.SingleAt("Zum Angebot beraten wir Sie gern, Telefon 030 90182736", "030 90182736");
    }
}
