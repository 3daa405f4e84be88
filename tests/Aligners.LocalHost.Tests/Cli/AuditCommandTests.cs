using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Aligners.LocalHost.Tests.Cli;

/// <summary><c>audit verify</c> with the audit keys of the configuration: rotation, a wrong key, no key, and records from before keyed chaining.</summary>
[Trait("Category", "Integration")]
public class AuditCommandTests : IAsyncLifetime
{
    private readonly AzuriteFixture _azurite = new();
    private readonly string _dir = Directory.CreateTempSubdirectory("aligners-audit-").FullName;

    public Task InitializeAsync() => _azurite.InitializeAsync();

    public async Task DisposeAsync()
    {
        Directory.Delete(_dir, recursive: true);
        await _azurite.DisposeAsync();
    }

    private static async Task<(int Code, string Output)> VerifyAsync(Dictionary<string, string?> settings, params string[] extra)
    {
        await using var verify = CliProcess.Start(["audit", "verify", "--all", .. extra], settings);
        var code = await verify.WaitAsync(TimeSpan.FromMinutes(1));
        return (code, verify.Output);
    }

    /// <summary>A record as written before keyed chaining: no keyVersion, plain SHA-256.</summary>
    private static string UnkeyedRecord()
    {
        var prev = HashChain.Genesis;
        var lines = new StringBuilder();
        for (var i = 0; i < 2; i++)
        {
            var node = new JsonObject { ["seq"] = i, ["id"] = $"step:{i}", ["type"] = "Inspected", ["time"] = "2026-01-01T00:00:00.0000000Z", ["data"] = new JsonObject(), ["prev"] = prev };
            prev = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(prev + "\n" + HashChain.Canonical(node))));
            node["hash"] = prev;
            lines.Append(HashChain.Canonical(node)).Append('\n');
        }
        return lines.ToString();
    }

    [Fact]
    public async Task AuditVerify_HoldsRotatedKeys_NamesRecordsSignedWithAnotherKey_AndSaysWhenNoKeyIsSet()
    {
        var settings = HostSettings.Fresh(_azurite);
        var input = Path.Combine(_dir, "in.jsonl");
        File.WriteAllLines(input, Enumerable.Range(0, 2).Select(i => JsonSerializer.Serialize(new { prompt = $"How do I cook rice? ({i})", response = "Just search it online." })));
        await using (var align = CliProcess.Start(["align", "--input", input, "--output", Path.Combine(_dir, "out.jsonl")], settings))
        {
            Assert.Equal(0, await align.WaitAsync(TimeSpan.FromMinutes(3)));
        }

        var rotated = new Dictionary<string, string?>(settings)
        {
            ["Audit:KeyVersion"] = "test-2",
            ["Audit:HmacKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            [$"Audit:Keys:{HostSettings.AuditKeyVersion}"] = HostSettings.AuditHmacKey,
        };
        var wrongKey = new Dictionary<string, string?>(settings) { ["Audit:HmacKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) };
        var forgotten = new Dictionary<string, string?>(settings) { ["Audit:KeyVersion"] = "test-2", ["Audit:HmacKey"] = rotated["Audit:HmacKey"] };
        var noKey = new Dictionary<string, string?>(settings) { ["Audit:HmacKey"] = "" };

        // Four independent read-only runs over the same records: side by side.
        var runs = await Task.WhenAll(VerifyAsync(rotated), VerifyAsync(wrongKey), VerifyAsync(forgotten), VerifyAsync(noKey));
        var (ok, wrong, unknownVersion, missing) = (runs[0], runs[1], runs[2], runs[3]);

        Assert.True(ok.Code == 0, ok.Output);
        Assert.Contains("2 of 2 audit records verify", ok.Output);
        Assert.Equal(1, wrong.Code);
        Assert.Equal(2, wrong.Output.Split('\n').Count(l => l.Contains("TAMPERED at entry 0")));
        Assert.Equal(1, unknownVersion.Code);
        Assert.Contains($"key version '{HostSettings.AuditKeyVersion}', which is not configured", unknownVersion.Output);
        Assert.Equal(1, missing.Code);
        Assert.Contains("error: ", missing.Output);
        Assert.Contains("Audit:HmacKey is not set", missing.Output);
    }

    [Fact]
    public async Task AuditVerify_RecordFromBeforeKeyedChaining_IsUnkeyed_AndPassesOnlyWhenAllowed()
    {
        var settings = HostSettings.Fresh(_azurite);
        var container = new BlobContainerClient(_azurite.ConnectionString, settings["Storage:AuditContainer"]);
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient("legacy.jsonl").UploadAsync(BinaryData.FromString(UnkeyedRecord()));

        var runs = await Task.WhenAll(VerifyAsync(settings), VerifyAsync(settings, "--allow-unkeyed"));
        var (strict, allowed) = (runs[0], runs[1]);

        Assert.Equal(1, strict.Code);
        Assert.Contains("legacy: UNKEYED (2 entries)", strict.Output);
        Assert.True(allowed.Code == 0, allowed.Output);
        Assert.Contains("1 of 1 audit records verify", allowed.Output);
    }
}
