namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class PemPrivateKeyDetectorTests
{
    private static readonly PemPrivateKeyDetector Detector = new();

    private const string Body = "MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\nKUpRKfFLfRYC9AIKjbJTWit+CqvjWYzvQwECAwEAAQJAIJLixBy2qpFoS4DSmoEm\n";

    [Theory]
    [InlineData("RSA PRIVATE KEY")]
    [InlineData("PRIVATE KEY")]
    [InlineData("EC PRIVATE KEY")]
    [InlineData("OPENSSH PRIVATE KEY")]
    [InlineData("ENCRYPTED PRIVATE KEY")]
    public void A_private_key_block_is_found_from_begin_to_end(string label)
    {
        var block = $"-----BEGIN {label}-----\n{Body}-----END {label}-----";
        var text = $"key.pem:\n{block}\nthen more text";

        var entity = Assert.Single(Detector.Detect(text));

        Assert.Equal(block, text.Substring(entity.Start, entity.Length));
    }

    [Fact]
    public void A_block_escaped_inside_json_is_found()
    {
        var block = "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n-----END PRIVATE KEY-----";
        var text = $"{{\"private_key\": \"{block}\\n\"}}";

        var entity = Assert.Single(Detector.Detect(text));

        Assert.Equal(block, text.Substring(entity.Start, entity.Length));
    }

    [Fact]
    public void A_truncated_block_is_found_up_to_its_body_end()
    {
        var text = $"log: -----BEGIN RSA PRIVATE KEY-----\n{Body}\n[truncated]";

        var entity = Assert.Single(Detector.Detect(text));

        Assert.EndsWith("AQJAIJLixBy2qpFoS4DSmoEm", text.Substring(entity.Start, entity.Length));
    }

    [Fact]
    public void Public_keys_and_certificates_are_not_secrets()
    {
        var text = $"-----BEGIN PUBLIC KEY-----\n{Body}-----END PUBLIC KEY-----\n-----BEGIN CERTIFICATE-----\n{Body}-----END CERTIFICATE-----";

        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----")]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----\n<your key here>\n-----END RSA PRIVATE KEY-----")]
    [InlineData("-----BEGIN PRIVATE KEY-----\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n-----END PRIVATE KEY-----")]
    [InlineData("-----BEGIN PRIVATE KEY-----\nMIIE...\n-----END PRIVATE KEY-----")]
    public void A_block_whose_body_only_shows_where_a_key_goes_is_not_a_key(string text)
    {
        Assert.Empty(new PemPrivateKeyDetector().Detect(text));
    }
}
