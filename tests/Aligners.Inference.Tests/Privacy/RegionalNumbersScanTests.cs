namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class RegionalNumbersScanTests
{
    // The deployment's regions: the US first, then its neighbours and the European countries it serves, and Australia.
    private static readonly PrivacyScanner Scanner = PrivacyScanner.Create(
        new PrivacyPolicy { PhoneRegion = "US", PhoneRegions = ["CA", "GB", "DE", "FR", "ES", "NL", "AU"] });

    [Theory]
    [InlineData("Scheda fornitore\nReferente: Giulia Conti\nCellulare: 371 845 2290\nEmail: gconti@example.it", "371 845 2290")]
    [InlineData("Recapiti – Cell. 389 604 1175", "389 604 1175")]
    [InlineData("Per urgenze Tel. 378 120 4436, grazie.", "378 120 4436")]
    public void An_italian_mobile_in_groups_of_three_three_four_after_an_italian_phone_label_is_a_phone(string text, string number)
    {
        var scan = Scanner.Scan(text);
        Assert.Contains(scan.Findings, f => f.Type == PrivacyTypes.Phone && f.Value == number);
    }

    [Theory]
    [InlineData("Fornitore: Harbour Tools Pty Ltd, ACN 612 377 925")]
    [InlineData("Invoice from Kestrel Pty Ltd (ABN: 48 123 123 124)")]
    public void An_australian_company_number_after_its_abbreviation_is_no_phone(string text)
    {
        Assert.DoesNotContain(Scanner.Scan(text).Findings, f => f.Type == PrivacyTypes.Phone);
    }

    [Theory]
    [InlineData("New hire form\nSIN (payroll use): 419 487 574", "419 487 574")]
    [InlineData("SIN (confidential): 565-632-122", "565-632-122")]
    public void A_sin_in_groups_after_its_label_and_an_aside_is_a_national_identifier_not_a_phone(string text, string sin)
    {
        var scan = Scanner.Scan(text);
        Assert.Contains(scan.Findings, f => f.Type == PrivacyTypes.NationalId && f.Value == sin);
        Assert.DoesNotContain(scan.Findings, f => f.Type == PrivacyTypes.Phone);
    }
}
