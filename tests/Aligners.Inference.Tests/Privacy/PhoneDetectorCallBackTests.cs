namespace Aligners.Inference.Tests.Privacy;

/// <summary>
/// A number to call back on: the verb names a phone number as "call" does. A French mobile in a range the
/// metadata does not yet list as assigned (07 0x, 07 1x, 07 2x) needs such a word to be read.
/// </summary>
[Trait("Category", "Unit")]
public class PhoneDetectorCallBackTests
{
    private static readonly PhoneDetector EightRegions = new("US", "CA", "GB", "DE", "FR", "ES", "NL", "AU");

    [Theory]
    [InlineData("Pouvez-vous me rappeler au 07 24 61 38 90 demain ?", "07 24 61 38 90")]
    [InlineData("Rappelez le service client au 01 44 55 66 77.", "01 44 55 66 77")]
    [InlineData("Titulaire : M. Roux, IBAN FR76 3000 6000 0112 3456 7890 189. Merci de me rappeler au 07 24 61 38 90.", "07 24 61 38 90")]
    [InlineData("Bitte zurückrufen unter 030 901820 41.", "030 901820 41")]
    [InlineData("Graag terugbellen op 020 794 6095.", "020 794 6095")]
    public void A_number_to_call_back_on_is_a_phone_number(string text, string expected)
    {
        var entity = Assert.Single(EightRegions.Detect(text), e => e.Type == PrivacyTypes.Phone);

        Assert.Equal(expected, text.Substring(entity.Start, entity.Length));
    }

    [Theory]
    [InlineData("Rappel : dossier 07 24 61 38 90 à compléter.")] // a reminder
    [InlineData("Rückruf wegen Auftrag KV-5518320 gewünscht.")] // a request for a call about a contract's number
    public void A_reminder_or_a_request_for_a_call_names_no_number(string text)
    {
        Assert.Empty(EightRegions.Detect(text));
    }
}
