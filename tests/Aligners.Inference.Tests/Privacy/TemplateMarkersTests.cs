namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class TemplateMarkersTests
{
    private static readonly CredentialDetector Detector = new();

    [Theory]
    [InlineData("%%DB_PASS%%")]
    [InlineData("%SMTP_SECRET%")]
    [InlineData("@@REDIS_PASSWORD@@")]
    [InlineData("__API_TOKEN__")]
    [InlineData("##MQ_PASS##")]
    public void A_capitalised_name_between_template_markers_is_a_slot(string value)
    {
        Assert.True(TemplateMarkers.IsSlot(value));
    }

    [Theory]
    [InlineData("%Kx8#pw%")] // lower case and a symbol inside: a password that happens to start and end with '%'
    [InlineData("_TOKEN_")] // a single underscore is a name's own
    [InlineData("%%DB_PASS%")] // unbalanced
    [InlineData("@@9LIVES@@")] // not a name: it starts with a digit
    [InlineData("Rk7%%QA%%")]
    public void Other_values_are_no_slot(string value)
    {
        Assert.False(TemplateMarkers.IsSlot(value));
    }

    [Theory]
    [InlineData("BROKER_URL=amqp://worker:%%MQ_PASSWORD%%@rabbit.internal:5672/jobs")]
    [InlineData("jdbc.url=mysql://etl:@@ETL_DB_PASS@@@reporting-db:3306/warehouse")]
    [InlineData("CACHE=redis://default:__REDIS_SECRET__@cache-1:6379/0")]
    public void A_template_slot_in_a_urls_user_information_is_no_credential(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }
}
