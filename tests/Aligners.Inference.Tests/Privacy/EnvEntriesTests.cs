using Aligners.Inference.Privacy;

namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class EnvEntriesTests
{
    private static readonly SecretEntropyDetector Detector = new();

    [Theory]
    [InlineData("PAYMENTS_API_TOKEN", "3f1c9e0b7d2a48f6a1e5c3b9d07f6e2a4c8b1d5e9f3a7c0b2d6e4f8a1c3b5d7e")]
    [InlineData("SESSION_SECRET", "Yp4Lr8Qz2Wm6Tn0Vx3Bk7Hd1")]
    [InlineData("SMTP_PASSWORD", "Kq7!vR2#mW9zLp4t")]
    [InlineData("WEBHOOK_SIGNING_KEY", "e7a93c51b0d24f68a9c1e3b57d0f2a4c")]
    public void A_random_value_under_an_env_name_naming_a_secret_is_a_credential(string name, string value)
    {
        var text = $"        env:\n          - name: {name}\n            value: \"{value}\"\n";
        Detector.SingleAt(text, value);
    }

    [Theory]
    [InlineData("ARTIFACT_SHA256")]
    [InlineData("BUNDLE_CHECKSUM")]
    [InlineData("BASE_IMAGE_DIGEST")]
    [InlineData("SIGNING_KEY_SHA256")]
    public void A_digest_named_as_one_is_no_secret(string name)
    {
        var text = $"        env:\n          - name: {name}\n            value: \"5d41402abc4b2a76b9719d911017c5925d41402abc4b2a76b9719d911017c592\"\n";
        Assert.Empty(Detector.Detect(text));
    }

    [Fact]
    public void A_plain_value_under_a_secret_name_is_not_random_enough()
    {
        Assert.Empty(Detector.Detect("env:\n  - name: FEATURE_TOKEN\n    value: \"enabled\"\n"));
    }

    [Fact]
    public void A_value_under_a_name_naming_no_secret_is_nothing()
    {
        Assert.Empty(Detector.Detect("env:\n  - name: BUILD_ID\n    value: \"3f1c9e0b7d2a48f6a1e5c3b9d07f6e2a\"\n"));
    }

    [Theory]
    [InlineData("DB_PASSWORD", true)]
    [InlineData("internal-api-key", true)]
    [InlineData("LOG_LEVEL", false)]
    [InlineData("TOKEN_TTL", false)]
    [InlineData("KEY_CHECKSUM", false)]
    public void A_name_names_a_secret_by_its_last_part(string name, bool secret)
    {
        Assert.Equal(secret, EnvEntries.Names(name));
    }
}
