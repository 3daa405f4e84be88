using System.ComponentModel.DataAnnotations;

namespace Aligners.Orchestration.Tests.Audit;

[Trait("Category", "Unit")]
public class AuditOptionsTests
{
    private const string Good = "YWxpZ25lcnMtdGVzdC1hdWRpdC1rZXktMzItYnl0ZXM=";

    private static List<string> Problems(AuditOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage!)];
    }

    [Fact]
    public void Validate_NoKey_FailsNamingTheSettingAndHowToMakeOne()
    {
        var problem = Assert.Single(Problems(new AuditOptions()));

        Assert.Contains("Audit:HmacKey is not set", problem);
        Assert.Contains("openssl rand -base64 32", problem);
    }

    [Theory]
    [InlineData("c2hvcnQ=", "at least 32")]
    [InlineData("not base64 at all!", "not base64")]
    [InlineData("@Microsoft.KeyVault(SecretUri=https://v.vault.azure.net/secrets/audit-hmac-key-1/)", "Key Vault Secrets User")]
    public void Validate_UnusableKey_SaysWhy(string key, string expected)
    {
        Assert.Contains(expected, Assert.Single(Problems(new AuditOptions { HmacKey = key })));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Validate_NoCachedRecords_FailsNamingTheSetting(int cached)
    {
        Assert.Contains("Audit:CachedRecords", Assert.Single(Problems(new AuditOptions { HmacKey = Good, CachedRecords = cached })));
    }

    [Fact]
    public void Validate_AnEarlierKeyUnderTheCurrentVersion_MustBeTheSameKey()
    {
        var options = new AuditOptions { HmacKey = Good, KeyVersion = "2", Keys = { ["2"] = Convert.ToBase64String(new byte[32]) } };

        Assert.Contains("one version, one key", Assert.Single(Problems(options)));
    }

    [Fact]
    public void From_ValidOptions_HoldsTheCurrentAndEarlierVersions_IgnoringEmptyOnes()
    {
        var options = new AuditOptions { HmacKey = Good, KeyVersion = "2", Keys = { ["1"] = Convert.ToBase64String(new byte[32]), ["0"] = "" } };

        var keys = AuditKeys.From(options);

        Assert.Empty(Problems(options));
        Assert.Equal("2", keys.CurrentVersion);
        Assert.Equal(["1", "2"], keys.Versions.Order());
    }
}
