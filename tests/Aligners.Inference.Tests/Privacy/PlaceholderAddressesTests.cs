namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class PlaceholderAddressesTests
{
    private static readonly EmailDetector Detector = new();

    [Theory]
    [InlineData("Kontakt-E-Mail: vorname@firma.tld")]
    [InlineData("reply-to: support@example.tld")]
    [InlineData("Bitte hier eintragen: info@ihredomain.de")]
    [InlineData("Enter the sender, e.g. alerts@yourdomain.com, and save.")]
    [InlineData("Adresse (p. ex. contact@votredomaine.fr)")]
    [InlineData("<input type=\"email\" placeholder=\"me@your-domain.org\">")]
    [InlineData("Vul hier uw adres in, bijv. naam@jouwdomein.nl")]
    public void An_address_written_to_be_filled_in_is_not_found(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("Questions go to admin@domain.com, who answers within a day.", "admin@domain.com")] // no fill-in word beside it
    [InlineData("Mail the sender, alerts@example.com, and save.", "alerts@example.com")] // a documentation domain is still an address
    [InlineData("Schreiben Sie an info@meinefirma.de", "info@meinefirma.de")]
    public void A_real_looking_address_is_still_found(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }
}
