using System.Security.Cryptography;
using Aligners.Orchestration.Tenants;

namespace Aligners.Orchestration.Tests.Tenants;

[Trait("Category", "Unit")]
public class KeyDigestsTests
{
    private static string Sha(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static readonly Dictionary<string, string[]> Owners = new()
    {
        ["ana"] = [Sha("old-key"), Sha("ana-key")],
        ["bo"] = ["not a digest", Sha("bo-key").ToUpperInvariant()],
        ["cy"] = [Sha("ana-key")],
    };

    [Theory]
    [InlineData("ana-key", "ana")]
    [InlineData("old-key", "ana")]
    [InlineData("bo-key", "bo")]
    public void Owner_KeyWhoseDigestIsListed_IsItsOwner_HexOfEitherCase(string key, string owner) =>
        Assert.Equal(owner, KeyDigests.Owner(Owners, d => d, key));

    [Theory]
    [InlineData("someone-else")]
    [InlineData("")]
    [InlineData(null)]
    public void Owner_NoKeyOrAnUnlistedOne_IsNull(string? key) => Assert.Null(KeyDigests.Owner(Owners, d => d, key));

    [Fact]
    public void Owner_DigestListedTwice_IsTheFirstOwner() => Assert.Equal("ana", KeyDigests.Owner(Owners, d => d, "ana-key"));

    [Fact]
    public void Owner_MalformedDigest_MatchesNothingAndThrowsNothing() =>
        Assert.Null(KeyDigests.Owner(new Dictionary<string, string[]> { ["x"] = ["abc", new string('z', 64)] }, d => d, "abc"));
}
