namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class SecretStoreNamesTests
{
    private static readonly SecretEntropyDetector Detector = new();

    [Theory]
    [InlineData("projects/billing-prod/secrets/stripe-webhook/versions/12")]
    [InlineData("projects/4471/secrets/db_password")]
    [InlineData("https://contoso-kv.vault.azure.net/secrets/SqlAdmin/9f2c1e0b7a4d4c3e8b6a5d4c3b2a1f0e")]
    [InlineData("secret/data/payments/gateway")]
    [InlineData("kv/metadata/team-a/smtp")]
    [InlineData("apps/data/orders/redis")] // a key/value engine's data endpoint under any mount
    [InlineData("secret/ci/deploy-token")]
    public void A_secret_stores_name_for_a_secret_is_a_name(string value)
    {
        Assert.True(SecretStoreNames.IsSecretName(value));
    }

    [Theory]
    [InlineData("q8Ux2VbKf/3NmT7rYw9ZpLc1HdE5sGjAo6RiBkXe")] // base64 holding '/'
    [InlineData("Xk9#pL2m/Qw7!zR4")] // a password with a slash
    [InlineData("projects/acme/buckets/logs")] // a project's other resource: not a secret's name, so left to the other rules
    [InlineData("/etc/secret/data/x")] // a path on disk
    public void Other_values_are_not_secret_store_names(string value)
    {
        Assert.False(SecretStoreNames.IsSecretName(value));
    }

    [Theory]
    [InlineData("db_password_ref: projects/ledger-eu/secrets/pg-main/versions/3")]
    [InlineData("apiKeySecret = \"https://ops-vault-we.vault.azure.net/secrets/PartnerApiKey/0c5e7d1f9a2b4c6d8e0f1a3b5c7d9e2f\"")]
    [InlineData("token_path: secret/data/ci/registry-token")]
    public void A_secret_named_by_its_store_is_not_reported_as_the_secret(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Fact]
    public void A_random_secret_beside_a_store_name_is_still_found()
    {
        var text = "secret_ref: projects/ledger-eu/secrets/pg-main\napi_secret: Qm7#vT2x!Lp9Wz4K";
        Detector.SingleAt(text, "Qm7#vT2x!Lp9Wz4K");
    }
}
