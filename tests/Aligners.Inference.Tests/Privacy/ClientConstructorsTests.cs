namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class ClientConstructorsTests
{
    private static readonly CredentialDetector Detector = new();

    [Theory]
    [InlineData("const sms = twilio(\"AC0f3e9b27d51c48a6b9e2f70c41d83a55\", \"a91c0e7d24f86b3359e1d0c7f2ab6e48\");", "a91c0e7d24f86b3359e1d0c7f2ab6e48")]
    [InlineData("var api = new Twilio(accountSid, 'c3f0a7e19b2d4856f0e1a9c7d3b25e64');", "c3f0a7e19b2d4856f0e1a9c7d3b25e64")]
    [InlineData("TwilioClient.Init(\"AC5b2e80f1c7d94a36e8b0f2d1c6a4e973\", \"7e2d9c0b1a4f68e3d5c7b9a0f1e2d3c4\");", "7e2d9c0b1a4f68e3d5c7b9a0f1e2d3c4")]
    [InlineData("client = plivo.RestClient('MAODUXNZK3MJLMYTGXZJ', 'Zm9vYmFyQmF6UXV4OTg3NjU0MzIxMGFiY2RlZmdo')", "Zm9vYmFyQmF6UXV4OTg3NjU0MzIxMGFiY2RlZmdo")]
    public void The_secret_a_known_clients_constructor_takes_second_is_a_credential(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Theory]
    [InlineData("sender = Client('AC9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a', 'f0e1d2c3b4a5968778695a4b3c2d1e0f')")]
    [InlineData("const sender = require('twilio')('AC9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a', 'f0e1d2c3b4a5968778695a4b3c2d1e0f');")]
    public void Any_call_given_an_account_sid_first_passes_its_token_second(string text)
    {
        Detector.SingleAt(text, "f0e1d2c3b4a5968778695a4b3c2d1e0f");
    }

    [Theory]
    [InlineData("const sms = twilio(process.env.TWILIO_SID, process.env.TWILIO_TOKEN);")] // variables hold the secret elsewhere
    [InlineData("const sms = twilio('AC0f3e9b27d51c48a6b9e2f70c41d83a55', 'your_auth_token_here');")]
    [InlineData("const pkg = require('twilio'); // twilio('ACxxxx', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')")]
    public void A_variable_or_a_placeholder_in_the_secrets_place_is_no_credential(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }
}
