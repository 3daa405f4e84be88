using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;

namespace Aligners.Orchestration.Tests.Audit;

[Trait("Category", "Integration")]
[Collection(AzuriteCollection.Name)]
public class AuditLogTests(AzuriteFixture azurite)
{
    private static readonly AuditKeys Keys = AuditKeys.Create("1", Key("the app's key"));

    private static byte[] Key(string seed) => SHA256.HashData(Encoding.UTF8.GetBytes(seed));

    // The container of the test's log: the tests write to it directly, as someone with storage access would.
    private BlobContainerClient _container = null!;

    private async Task<AuditLog> NewLogAsync()
    {
        _container = new BlobContainerClient(azurite.ConnectionString, AzuriteFixture.UniqueName("audit"));
        await _container.CreateAsync();
        return new AuditLog(_container, Keys, TimeProvider.System);
    }

    [Fact]
    public async Task AppendOnce_SameEntryTwice_RecordsItOnceAndReturnsTheFirst()
    {
        var log = await NewLogAsync();

        var first = await log.AppendOnceAsync("i1", "align:1:ethical", AuditTypes.Rewritten, new JsonObject { ["text"] = "first" }, default);
        var again = await log.AppendOnceAsync("i1", "align:1:ethical", AuditTypes.Rewritten, new JsonObject { ["text"] = "second" }, default);

        Assert.Equal("first", again.Data["text"]!.GetValue<string>());
        Assert.Equal(first.Hash, again.Hash);
        Assert.Single((await log.ReadLinesAsync("i1", default))!);
    }

    [Fact]
    public async Task AppendOnce_ConcurrentSteps_AllChainOneAfterTheOther()
    {
        var log = await NewLogAsync();

        await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            log.AppendOnceAsync("i2", $"inspect:0:c{i}", AuditTypes.Inspected, new JsonObject { ["score"] = i / 12.0 }, default)));

        var lines = (await log.ReadLinesAsync("i2", default))!;
        Assert.Equal(12, lines.Count);
        Assert.True(log.Verify(lines).Valid);
        Assert.Equal(12, lines.Select(l => HashChain.Parse(l).Id).Distinct().Count());
    }

    [Fact]
    public async Task Verify_EditedEntry_NamesIt_UnknownInstanceIsNull()
    {
        var log = await NewLogAsync();
        for (var i = 0; i < 4; i++)
        {
            await log.AppendOnceAsync("i3", $"step:{i}", AuditTypes.Inspected, new JsonObject { ["score"] = 0.9 }, default);
        }
        var lines = (await log.ReadLinesAsync("i3", default))!.ToList();
        lines[2] = lines[2].Replace("0.9", "0.1");
        await log.OverwriteAsync("i3", lines, default);

        var result = await log.VerifyAsync("i3", default);

        Assert.False(result!.Valid);
        Assert.Equal(2, result.FirstBadSeq);
        Assert.Null(await log.VerifyAsync("no-such-instance", default));
    }

    /// <summary>What someone with storage access but without the key can do: seal an entry under a guess and append it.</summary>
    private async Task PlantAsync(AuditLog log, string instanceId, string entryId)
    {
        var last = HashChain.Parse((await log.ReadLinesAsync(instanceId, default))![^1]);
        var forged = HashChain.Seal(last.Seq + 1, entryId, AuditTypes.Rewritten, DateTimeOffset.UtcNow, new JsonObject { ["text"] = "forged" }, last.Hash,
            AuditKeys.Create(Keys.CurrentVersion, Key("a guess")));
        using var line = new MemoryStream(Encoding.UTF8.GetBytes(HashChain.ToLine(forged) + "\n"));
        await _container.GetAppendBlobClient($"{instanceId}.jsonl").AppendBlockAsync(line);
    }

    [Fact]
    public async Task Verify_EntryAppendedByAWriterWithoutTheKey_IsNamed()
    {
        var log = await NewLogAsync();
        for (var i = 0; i < 3; i++)
        {
            await log.AppendOnceAsync("i4", $"step:{i}", AuditTypes.Inspected, new JsonObject { ["score"] = 0.9 }, default);
        }
        await PlantAsync(log, "i4", "review");

        var result = await log.VerifyAsync("i4", default);

        Assert.False(result!.Valid);
        Assert.Equal(3, result.FirstBadSeq);
        Assert.Equal(4, result.Entries);
    }

    [Fact]
    public async Task AppendOnce_ToARecordWithAPlantedEntry_RefusesInsteadOfAdoptingIt()
    {
        var log = await NewLogAsync();
        await log.AppendOnceAsync("i6", "step:0", AuditTypes.Inspected, new JsonObject { ["score"] = 0.9 }, default);
        await PlantAsync(log, "i6", "align:1:ethical");

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            log.AppendOnceAsync("i6", "align:1:ethical", AuditTypes.Rewritten, new JsonObject { ["text"] = "the real rewrite" }, default));

        Assert.Contains("fails verification at entry 1", e.Message);
        Assert.Equal(2, (await log.ReadLinesAsync("i6", default))!.Count);
    }

    [Fact]
    public async Task Rotation_OldEntriesVerifyWithTheEarlierKey_NewOnesCarryTheNewVersion()
    {
        var log = await NewLogAsync();
        await log.AppendOnceAsync("i5", "step:0", AuditTypes.Inspected, new JsonObject { ["score"] = 0.9 }, default);
        var rotated = new AuditLog(_container, AuditKeys.Create("2", Key("the new key"), new Dictionary<string, byte[]> { ["1"] = Key("the app's key") }),
            TimeProvider.System);

        var entry = await rotated.AppendOnceAsync("i5", "step:1", AuditTypes.Inspected, new JsonObject { ["score"] = 0.8 }, default);

        Assert.Equal("2", entry.KeyVersion);
        Assert.True((await rotated.VerifyAsync("i5", default))!.Valid);
        var withoutTheNewKey = await log.VerifyAsync("i5", default);
        Assert.Equal(1, withoutTheNewKey!.FirstBadSeq);
        Assert.Contains("'2'", withoutTheNewKey.Reason);
    }
}
