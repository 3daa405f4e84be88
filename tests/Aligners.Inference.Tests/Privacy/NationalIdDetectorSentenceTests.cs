namespace Aligners.Inference.Tests.Privacy;

/// <summary>
/// Identifiers named in a sentence ("Mitt personnummer är ...") or under an abbreviation of their name
/// ("Rijksregisternr.", "RRN", "n° national").
/// </summary>
[Trait("Category", "Unit")]
public class NationalIdDetectorSentenceTests
{
    private static readonly NationalIdDetector Detector = new();

    // 7203151233 and 8811024564: a date and the Luhn check over ten digits.
    [Theory]
    [InlineData("Hej, mitt personnummer är 7203151233 om ni behöver det.", "7203151233")]
    [InlineData("Personnumret är 8811024564, och adressen har ändrats.", "8811024564")]
    [InlineData("My personal identity number is 7203151233.", "7203151233")]
    public void Ten_digits_a_personnummers_name_names_in_a_sentence_are_found(string text, string expected)
    {
        var entity = Detector.SingleAt(text, expected);
        Assert.Equal("se-personnummer", entity.Detector);
    }

    [Theory]
    [InlineData("Mitt personnummer är 7203151234 om ni behöver det.")] // the Luhn check fails
    [InlineData("Personnummer skickas separat; kundnumret är 7203151233.")] // the verb follows another number's name
    [InlineData("Mitt telefonnummer är 7203151233.")]
    public void Ten_digits_no_personnummers_name_names_are_not_found(string text)
    {
        Assert.DoesNotContain(Detector.Detect(text), e => e.Detector == "se-personnummer");
    }

    // 85.06.12-347.53 and 93.02.21-158.15: a birth date, a serial and 97 minus the first nine digits mod 97.
    [Theory]
    [InlineData("Rijksregisternr. 85.06.12-347.53", "85.06.12-347.53")]
    [InlineData("RR-nr: 93.02.21-158.15", "93.02.21-158.15")]
    [InlineData("Uw nationaal nummer: 85.06.12-347.53", "85.06.12-347.53")]
    [InlineData("INSZ-nr. 93.02.21-158.15", "93.02.21-158.15")]
    [InlineData("RRN 85061234753", "85061234753")]
    [InlineData("NN : 93.02.21-158.15", "93.02.21-158.15")]
    [InlineData("N° registre national : 85.06.12-347.53", "85.06.12-347.53")]
    [InlineData("n° national 93.02.21-158.15", "93.02.21-158.15")]
    [InlineData("Numéro national : 85.06.12-347.53", "85.06.12-347.53")]
    public void A_belgian_national_number_under_an_abbreviation_of_its_name_is_found(string text, string expected)
    {
        var entity = Detector.SingleAt(text, expected);
        Assert.Equal("be-national-number", entity.Detector);
    }

    [Theory]
    [InlineData("Rijksregisternr. 85.06.12-347.54")] // the check fails
    [InlineData("Kaartnummer 85.06.12-347.53")] // a card's number, not the register's
    public void A_belgian_number_that_fails_its_check_or_is_not_named_is_not_found(string text)
    {
        Assert.DoesNotContain(Detector.Detect(text), e => e.Detector == "be-national-number");
    }
}
