namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class ExampleAddressesTests
{
    private static readonly EmailDetector Detector = new();

    [Theory]
    [InlineData("In the form below, someone@example.org is only a placeholder.")]
    [InlineData("Set the sender (e.g. alerts@example.net) before the first run.")]
    [InlineData("The template shows me@mail.example; replace it with your own address.")]
    [InlineData("Tragen Sie Ihre Adresse ein, z. B. anna@example.de, und speichern Sie.")]
    [InlineData("Die Beispieladresse kunde@beispiel.example gehört niemandem.")]
    [InlineData("Ici, client@example.fr est une adresse d'exemple.")]
    [InlineData("La dirección de ejemplo cliente@example.es no existe.")]
    [InlineData("Het voorbeeldadres klant@shop.test is niet echt.")]
    [InlineData("Use a placeholder such as nobody@host.invalid in tests.")]
    public void An_example_domain_address_its_sentence_calls_an_example_is_not_found(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("Regards,\nMira Olsen\nmira.olsen@example.com", "mira.olsen@example.com")] // a signature, no example word
    [InlineData("From: billing@example.org", "billing@example.org")]
    [InlineData("This is a placeholder page. Write to ops@example.com for access.", "ops@example.com")] // the word is in another sentence
    [InlineData("Use a placeholder, e.g. your own inbox: tom.reyes@gmail.com", "tom.reyes@gmail.com")] // not a documentation domain
    [InlineData("Please forward it to sales@example-corp.com, for example.", "sales@example-corp.com")]
    public void Every_other_address_is_still_found(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Theory]
    [InlineData("example.com", true)]
    [InlineData("mail.example.co.uk", false)]
    [InlineData("example.de", true)]
    [InlineData("shop.example", true)]
    [InlineData("ci.test", true)]
    [InlineData("x.invalid", true)]
    [InlineData("examples.com", false)]
    [InlineData("testing.com", false)]
    public void Only_documentation_domains_are_reserved(string domain, bool reserved)
    {
        Assert.Equal(reserved, ExampleAddresses.IsReservedDomain(domain));
    }
}
