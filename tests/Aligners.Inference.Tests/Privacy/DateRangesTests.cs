namespace Aligners.Inference.Tests.Privacy;

/// <summary>A range of dates written the short way is two dates, never a phone number.</summary>
[Trait("Category", "Unit")]
public class DateRangesTests
{
    private static readonly PhoneDetector Detector = new("US", "CA", "GB", "DE", "FR", "ES", "NL", "AU");

    [Theory]
    [InlineData("05.–19.04.2027")] // German: the first day with its dot, an en dash, the full date
    [InlineData("5.–19.4.2027")]
    [InlineData("05.-19.04.2027")] // a hyphen for the dash
    [InlineData("05. – 19.04.2027")]
    [InlineData("05.04.–19.04.2027")] // day and month first
    [InlineData("05.04.2027–19.04.2027")] // two full dates
    [InlineData("05–19/04/2027")] // French, Spanish
    [InlineData("5-19/4/2027")]
    [InlineData("05/04–19/04/2027")]
    [InlineData("5–19-4-2027")] // Dutch
    public void A_short_range_of_dates_is_a_range(string token)
    {
        Assert.True(DateRanges.IsRange(token));
    }

    [Theory]
    [InlineData("030-22125566")] // an area code and a line
    [InlineData("0612-345678")]
    [InlineData("45.–19.04.2027")] // no day 45
    [InlineData("05.13.–19.04.2027")] // no month 13
    [InlineData("19.04.2027")] // one date, left to the date rule
    [InlineData("1-800-555-2027")]
    public void Other_dashed_digits_are_not_a_range(string token)
    {
        Assert.False(DateRanges.IsRange(token));
    }

    [Theory]
    [InlineData("Abrechnungszeitraum 05.–19.04.2027 · Kundennummer siehe oben")]
    [InlineData("Lieferung im Zeitraum 5.-19.4.2027, Zahlungsziel 30 Tage")]
    [InlineData("Séjour du 05–19/04/2027, deux adultes.")]
    [InlineData("Periodo de facturación: 5-19/4/2027")]
    [InlineData("Verblijf 5–19-4-2027, twee personen")]
    public void A_date_range_in_a_sentence_is_no_phone_number(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Fact]
    public void A_phone_number_beside_a_date_range_is_still_found()
    {
        Detector.SingleAt("Urlaub 05.–19.04.2027, Vertretung: Telefon 030 22125566", "030 22125566");
    }
}
