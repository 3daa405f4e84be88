using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using Aligners.Orchestration.Tenants;

namespace Aligners.Orchestration.Tests.Tenants;

[Trait("Category", "Unit")]
public class TenantDirectoryTests
{
    private static string Sha(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static TenantDirectory Directory() => new()
    {
        ["acme"] = new TenantSettings { KeySha256 = [Sha("old-acme-key"), Sha("acme-key")] },
        ["globex"] = new TenantSettings { KeySha256 = [Sha("globex-key")] },
    };

    [Theory]
    [InlineData("acme-key", "acme")]
    [InlineData("old-acme-key", "acme")]
    [InlineData("globex-key", "globex")]
    [InlineData("someone-else", "default")]
    [InlineData("", "default")]
    [InlineData(null, "default")]
    public void Identify_KeyOfATenant_IsThatTenant_ElseDefault(string? key, string tenant) =>
        Assert.Equal(tenant, Directory().Identify(key));

    [Fact]
    public void Find_UnknownKey_IsNull() => Assert.Null(Directory().Find("nope"));

    [Fact]
    public void Validate_BadDigestAndMissingDefaultPolicy_AreNamed()
    {
        var directory = new TenantDirectory
        {
            ["acme"] = new TenantSettings
            {
                KeySha256 = ["abc"],
                DefaultPolicy = "strict",
                Policies = new() { ["lenient"] = new() },
            },
        };

        var errors = directory.Validate(new ValidationContext(directory)).Select(r => r.ErrorMessage).ToList();

        Assert.Contains(errors, e => e!.StartsWith("Tenants:acme:KeySha256:0"));
        Assert.Contains(errors, e => e!.Contains("DefaultPolicy 'strict'"));
    }
}
