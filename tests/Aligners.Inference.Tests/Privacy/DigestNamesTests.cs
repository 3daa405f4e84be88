namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class DigestNamesTests
{
    private static readonly SecretEntropyDetector Detector = new();

    [Theory]
    [InlineData("secret_key_fingerprint: 9d41c07e3a5b88f20c6de1b7a4f39e52")]
    [InlineData("\"tokenSha256\": \"4f0a9c2e71b83d56e0a1f9c4b7d2e83a6c5b0f1e9d8a7c6b5e4d3c2b1a0f9e8d\"")]
    [InlineData("API_KEY_HASH=e3b8d1c07f4a2965b0c1d8e7f6a5b4c3")]
    public void A_hex_value_whose_name_ends_in_a_digest_word_is_no_secret(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Fact]
    public void A_hex_value_on_a_line_describing_it_as_a_digest_of_a_key_is_no_secret()
    {
        Assert.Empty(Detector.Detect("stripe_key: 7c4e9a1b3d5f60827e9c1a3b5d7f9e0c  # sha1 of the real key? no: md5 of it, safe to share"));
    }

    [Theory]
    [InlineData("api_key: 7c4e9a1b3d5f60827e9c1a3b5d7f9e0c", "7c4e9a1b3d5f60827e9c1a3b5d7f9e0c")]
    [InlineData("client_secret = Qx7!vR2#pL9sW4zK  # rotated on the 3rd", "Qx7!vR2#pL9sW4zK")]
    public void A_key_named_as_itself_with_no_digest_word_stays_a_secret(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Theory]
    [InlineData("webhook_fingerprint", true)]
    [InlineData("keyChecksum", true)]
    [InlineData("deploy-token-md5", true)]
    [InlineData("hashicorp_token", false)]
    [InlineData("rehash", false)]
    public void A_name_names_a_digest_by_its_last_part(string name, bool expected)
    {
        Assert.Equal(expected, DigestNames.NamesDigest(name));
    }
}
