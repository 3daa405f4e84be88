using System.Text.Json.Nodes;
using Aligners.Orchestration.Audit;
using Aligners.Testing;
using Azure.Storage.Blobs;

namespace Aligners.Orchestration.Tests.Audit;

[Collection(AzuriteCollection.Name)]
public class AuditLogTests(AzuriteFixture azurite)
{
    private async Task<AuditLog> NewLogAsync()
    {
        var container = new BlobContainerClient(azurite.ConnectionString, AzuriteFixture.UniqueName("audit"));
        await container.CreateAsync();
        return new AuditLog(container, TimeProvider.System);
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
        Assert.True(HashChain.Verify(lines).Valid);
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
}
