namespace Aligners.Inference.Tests.Privacy;

/// <summary>Phone numbers around calls: who called (a caller's number) and how to join one (a conference's codes).</summary>
[Trait("Category", "Unit")]
public class PhoneDetectorCallTests
{
    private static readonly PhoneDetector EightRegions = new("US", "CA", "GB", "DE", "FR", "ES", "NL", "AU");

    [Theory]
    [InlineData("Caller ID: +44 20 7946 0958, no message left.", "+44 20 7946 0958")]
    [InlineData("Missed call, CLI 020 7946 0958 at 09:12", "020 7946 0958")]
    [InlineData("Anrufer +49 30 901820 hat zweimal angerufen", "+49 30 901820")]
    [InlineData("Numéro appelant : 06 39 98 04 77", "06 39 98 04 77")]
    [InlineData("Llamante 612 345 678 sin mensaje", "612 345 678")]
    [InlineData("Beller 06 39 98 04 77 hing op", "06 39 98 04 77")]
    public void A_callers_number_is_a_phone_number(string text, string expected)
    {
        var entity = Assert.Single(EightRegions.Detect(text));

        Assert.Equal(expected, text.Substring(entity.Start, entity.Length));
    }

    [Theory]
    [InlineData("Join by phone, then enter the dial-in code 512 884 307#")]
    [InlineData("Teams: meeting ID 612 345 678 and passcode 4kq9")]
    [InlineData("Conference ID 612 345 678, participant code 7766 1123")]
    [InlineData("Einwahlcode 612 345 678 eingeben")]
    [InlineData("Code de conférence : 06 39 98 04 77")]
    [InlineData("Código de acceso 612 345 678 para la reunión")]
    [InlineData("Vergadercode 612 345 678 bij het inbellen")]
    [InlineData("When asked, type 612 345 678# on the keypad")]
    public void A_conferences_codes_are_not_phone_numbers(string text)
    {
        Assert.Empty(EightRegions.Detect(text));
    }

    [Fact]
    public void The_dial_in_number_beside_a_conferences_codes_still_counts()
    {
        const string text = "Dial in: +44 20 7946 0958, then the access code 612 345 678#, meeting ID 841 2290 1134.";

        var entity = Assert.Single(EightRegions.Detect(text));

        Assert.Equal("+44 20 7946 0958", text.Substring(entity.Start, entity.Length));
    }
}
