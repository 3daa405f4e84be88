namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class PhoneLookAlikesTests
{
    private static readonly PhoneDetector Detector = new("US", "CA", "GB", "DE", "FR", "ES", "NL", "AU");

    [Theory]
    [InlineData("Bitte die Steuernummer 143/246/80513 auf jeder Rechnung angeben.")]
    [InlineData("Finanzamt Mitte, St.-Nr. 27/612/04471, Veranlagung 2024")]
    public void A_steuernummer_in_slashed_groups_after_its_label_is_no_phone_number(string text)
    {
        Assert.DoesNotContain(Detector.Detect(text), e => e.Type == PrivacyTypes.Phone);
    }

    [Fact]
    public void Slashed_groups_without_the_label_are_read_as_before()
    {
        Assert.False(SlashedTaxNumbers.Labelled("Telefon 030/2847 5521", 8, 21));
    }

    [Theory]
    [InlineData("Le escribo por el número de siniestro 604418273915 de la semana pasada.")]
    [InlineData("Riferimento: numero di polizza 3301847265, sinistro 884102937")]
    public void A_claim_or_policy_number_in_spanish_or_italian_is_no_phone_number(string text)
    {
        Assert.DoesNotContain(Detector.Detect(text), e => e.Type == PrivacyTypes.Phone);
    }

    [Fact]
    public void An_eight_digit_date_under_a_date_column_is_no_phone_number()
    {
        const string text = "customer,phone,created_date,tier\nLena Vogt,+49 30 2847 5521,20230614,gold\nTom Hale,+44 20 7946 0321,20190302,basic";
        var phones = Detector.Detect(text).Where(e => e.Type == PrivacyTypes.Phone).Select(e => text.Substring(e.Start, e.Length)).ToList();
        Assert.Equal(["+49 30 2847 5521", "+44 20 7946 0321"], phones);
    }

    [Theory]
    [InlineData("signup_date", "20220229", false)]
    [InlineData("Datum", "20240131", true)]
    [InlineData("plan", "20240131", false)]
    public void A_date_column_holds_only_real_dates(string heading, string raw, bool expected)
    {
        Assert.Equal(expected, DateColumns.Holds(heading, raw));
    }
}
