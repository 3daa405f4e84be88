namespace Aligners.Inference.Tests.Privacy;

/// <summary>National identifiers under the names forms, certificates and code give them.</summary>
[Trait("Category", "Unit")]
public class NationalIdDetectorNamesTests
{
    private static readonly NationalIdDetector Detector = new();

    // 8507099805: 85-07-09 and a Luhn check digit over the ten digits; 198507099805 with its century.
    [Theory]
    [InlineData("audit: signed in personalNumber=19850709-9805 via mobile", "19850709-9805")]
    [InlineData("{\"personalNumber\": \"198507099805\", \"status\": \"complete\"}", "198507099805")]
    [InlineData("Personnummer 8507099805 enligt ansökan.", "8507099805")]
    [InlineData("\"pnr\": \"8507099805\"", "8507099805")]
    [InlineData("personal_number: 8507099805", "8507099805")]
    public void A_swedish_personnummer_under_its_name_or_key_is_found(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Theory]
    [InlineData("Personnummer finns i bilagan; ordernummer 8507099805.")] // ten digits the name does not label
    [InlineData("Personnummer 8507099806 enligt ansökan.")] // the Luhn check fails
    [InlineData("orderId=8507099805")]
    public void Ten_digits_a_personnummers_name_does_not_label_or_that_fail_the_check_are_not_found(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    // 1 85 05 78 006 084: key 97 - (1850578006084 mod 97) = 91.
    [Theory]
    [InlineData("Attestation — N° d'immatriculation : 1 85 05 78 006 084 91", "1 85 05 78 006 084 91")]
    [InlineData("Numéro de sécurité sociale : 185057800608491", "185057800608491")]
    [InlineData("n° SS 1 85 05 78 006 084 91 (assuré)", "1 85 05 78 006 084 91")]
    public void A_french_nir_under_its_names_is_found(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Theory]
    [InlineData("N° d'immatriculation : 1 85 05 78 006 084 92")] // a wrong key
    [InlineData("SIRET : 732 829 320 00074, TVA FR44 732829320")] // a company's numbers
    public void A_nir_with_a_wrong_key_and_company_numbers_are_not_found(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }
}
