namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class CompanyRegistersTests
{
    private static readonly PhoneDetector EightRegions = new("US", "CA", "GB", "DE", "FR", "ES", "NL", "AU");

    [Theory]
    [InlineData("Société Exemple SAS, capital 10 000 €, RCS Nantes B 612 345 678")]
    [InlineData("Mentions légales : SIREN 612 345 678, siège à Rennes.")]
    [InlineData("SIRET : 612 345 678 00021")]
    [InlineData("N° TVA FR 40 612 345 678")]
    public void A_number_after_a_company_register_label_is_no_phone_number(string text)
    {
        Assert.Empty(EightRegions.Detect(text));
    }

    [Fact]
    public void A_phone_number_after_a_register_entry_with_its_own_label_is_still_found()
    {
        const string text = "RCS Nantes B 612 345 678 – Tél. : 02 40 12 34 56";

        var found = Assert.Single(EightRegions.Detect(text));
        Assert.Equal("02 40 12 34 56", text.Substring(found.Start, found.Length));
    }

    [Theory]
    [InlineData("RCS Nantes B ", true)]
    [InlineData("SIREN: ", true)]
    [InlineData("RCS 612 345 678 – appelez le ", false)]
    [InlineData("Appelez le ", false)]
    public void Only_a_register_label_with_no_digits_after_it_labels_the_number(string before, bool labels)
    {
        var text = before + "612 345 678";

        Assert.Equal(labels, CompanyRegisters.Labels(text, before.Length));
    }
}
