using System.ComponentModel.DataAnnotations;
using Aligners.Orchestration.Privacy;

namespace Aligners.Orchestration.Tests.Privacy;

[Trait("Category", "Unit")]
public class PrivacyOptionsTests
{
    private static List<ValidationResult> Errors(PrivacyOptions o) => [.. o.Validate(new ValidationContext(o))];

    [Fact]
    public void UnresolvedKeyVaultReference_CountsAsUnset_AndIsNoStartupError()
    {
        var options = new PrivacyOptions { FingerprintKey = "@Microsoft.KeyVault(SecretUri=https://v.vault.azure.net/secrets/privacy-fingerprint-key/)" };

        Assert.False(options.IsConfigured);
        Assert.Empty(Errors(options));
    }

    [Fact]
    public void KeyThatIsNoBase64OfThirtyTwoBytes_IsAStartupError_AGoodOneIsNot()
    {
        Assert.NotEmpty(Errors(new PrivacyOptions { FingerprintKey = "c2hvcnQ=" }));
        Assert.Empty(Errors(new PrivacyOptions { FingerprintKey = HostSettings.FingerprintKey }));
        Assert.True(new PrivacyOptions { FingerprintKey = HostSettings.FingerprintKey }.IsConfigured);
    }
}
