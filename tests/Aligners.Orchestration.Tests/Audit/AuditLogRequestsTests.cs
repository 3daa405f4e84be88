using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;

namespace Aligners.Orchestration.Tests.Audit;

/// <summary>
/// What an append costs in storage requests, and what the cached tail must never cost: a second
/// process's append, a concurrent writer or a tampered record all fail its condition and are read.
/// </summary>
[Trait("Category", "Integration")]
[Collection(AzuriteCollection.Name)]
public class AuditLogRequestsTests(AzuriteFixture azurite)
{
    private static readonly AuditKeys Keys = AuditKeys.Create("1", SHA256.HashData(Encoding.UTF8.GetBytes("the app's key")));

    /// <summary>Every request the blob client sends, retries included, as "METHOD comp".</summary>
    private sealed class RequestLog : HttpPipelineSynchronousPolicy
    {
        public ConcurrentQueue<string> Sent { get; } = new();

        public override void OnSendingRequest(HttpMessage message)
        {
            var query = message.Request.Uri.Query;
            var comp = query.Split('&', '?').FirstOrDefault(p => p.StartsWith("comp=", StringComparison.Ordinal))?[5..];
            Sent.Enqueue($"{message.Request.Method} {comp ?? "blob"}");
        }

        public List<string> Take()
        {
            var taken = new List<string>();
            while (Sent.TryDequeue(out var r))
            {
                taken.Add(r);
            }
            return taken;
        }
    }

    /// <summary>Lets the first append block reach storage, then loses its response, so the SDK sends it again.</summary>
    private sealed class LoseFirstAppendResponse : HttpPipelinePolicy
    {
        private int _lost;

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            await ProcessNextAsync(message, pipeline);
            if (message.Request.Uri.Query.Contains("comp=appendblock", StringComparison.Ordinal) && Interlocked.Exchange(ref _lost, 1) == 0)
            {
                throw new IOException("the connection dropped before the response");
            }
        }

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
            ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();
    }

    private static async Task<BlobContainerClient> ContainerAsync(string connectionString, string name, params HttpPipelinePolicy[] policies)
    {
        var options = new BlobClientOptions();
        options.Retry.Delay = TimeSpan.FromMilliseconds(5);
        foreach (var policy in policies)
        {
            options.AddPolicy(policy, HttpPipelinePosition.PerRetry);
        }
        var container = new BlobServiceClient(connectionString, options).GetBlobContainerClient(name);
        await container.CreateIfNotExistsAsync();
        return container;
    }

    private static JsonObject Score(double s) => new() { ["score"] = s };

    [Fact]
    public async Task Append_WithTheTailCached_IsOneRequest_ABatchIsOneRequestToo()
    {
        var requests = new RequestLog();
        using var log = new AuditLog(await ContainerAsync(azurite.ConnectionString, AzuriteFixture.UniqueName("audit"), requests), Keys, TimeProvider.System);
        requests.Take();

        await log.AppendOnceAsync("i1", "started", AuditTypes.Started, new JsonObject(), default);
        // A new record, opened by its Started entry: the create, the append.
        Assert.Equal(["PUT blob", "PUT appendblock"], requests.Take());

        await log.AppendOnceAsync("i1", "llm", AuditTypes.Answered, new JsonObject { ["text"] = "an answer" }, default);
        Assert.Equal(["PUT appendblock"], requests.Take());

        var round = await log.AppendOnceAsync("i1", [.. Enumerable.Range(0, 3).Select(i => new NewAuditEntry($"inspect:0:c{i}", AuditTypes.Inspected, Score(i / 3.0))),
            new NewAuditEntry("align:1:c0", AuditTypes.Rewritten, new JsonObject { ["text"] = "a rewrite" })], default);
        Assert.Equal(["PUT appendblock"], requests.Take());
        Assert.Equal([2L, 3, 4, 5], round.Select(r => r.Entry.Seq));
        Assert.All(round, r => Assert.True(r.Appended));

        var properties = await log.VerifyAsync("i1", default);
        Assert.True(properties!.Valid);
        Assert.Equal(6, properties.Entries);
    }

    [Fact]
    public async Task SameEntryFromTwoProcesses_LeavesOneEntry_TheSecondGetsTheFirstsAndDidNotAppend()
    {
        var name = AzuriteFixture.UniqueName("audit");
        using var first = new AuditLog(await ContainerAsync(azurite.ConnectionString, name), Keys, TimeProvider.System);
        using var second = new AuditLog(await ContainerAsync(azurite.ConnectionString, name), Keys, TimeProvider.System);
        // Both processes have seen the record's tail: the second's is stale once the first appends.
        await first.AppendOnceAsync("i2", "started", AuditTypes.Started, new JsonObject(), default);
        await second.AppendOnceAsync("i2", "started", AuditTypes.Started, new JsonObject(), default);

        var mine = (await first.AppendOnceAsync("i2", [new NewAuditEntry("align:1:helpful", AuditTypes.Rewritten, new JsonObject { ["text"] = "first" })], default))[0];
        var theirs = (await second.AppendOnceAsync("i2", [new NewAuditEntry("align:1:helpful", AuditTypes.Rewritten, new JsonObject { ["text"] = "second" })], default))[0];

        Assert.True(mine.Appended);
        Assert.False(theirs.Appended);
        Assert.Equal(mine.Entry.Hash, theirs.Entry.Hash);
        Assert.Equal("first", theirs.Entry.Data["text"]!.GetValue<string>());
        var lines = (await first.ReadLinesAsync("i2", default))!;
        Assert.Equal(["started", "align:1:helpful"], lines.Select(l => HashChain.Parse(l).Id));
        // The same process asked again answers from the record too, and appends nothing.
        var again = (await first.AppendOnceAsync("i2", [new NewAuditEntry("align:1:helpful", AuditTypes.Rewritten, new JsonObject { ["text"] = "third" })], default))[0];
        Assert.False(again.Appended);
        Assert.Equal("first", again.Entry.Data["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task ConcurrentAppendsFromTwoProcesses_AllChainOneAfterTheOther_AndVerify()
    {
        var name = AzuriteFixture.UniqueName("audit");
        using var first = new AuditLog(await ContainerAsync(azurite.ConnectionString, name), Keys, TimeProvider.System);
        using var second = new AuditLog(await ContainerAsync(azurite.ConnectionString, name), Keys, TimeProvider.System);

        // Every step twice, once per process, all at once: each id lands once.
        await Task.WhenAll(Enumerable.Range(0, 10).SelectMany(i => new[] { first, second }.Select(log =>
            log.AppendOnceAsync("i3", $"inspect:0:c{i}", AuditTypes.Inspected, Score(i / 10.0), default))));

        var lines = (await first.ReadLinesAsync("i3", default))!;
        Assert.True(first.Verify(lines).Valid);
        Assert.Equal(10, lines.Count);
        Assert.Equal(10, lines.Select(l => HashChain.Parse(l).Id).Distinct().Count());
    }

    [Fact]
    public async Task TamperedRecord_WithTheTailCached_IsReadAndNotExtended()
    {
        var requests = new RequestLog();
        using var log = new AuditLog(await ContainerAsync(azurite.ConnectionString, AzuriteFixture.UniqueName("audit"), requests), Keys, TimeProvider.System);
        for (var i = 0; i < 3; i++)
        {
            await log.AppendOnceAsync("i4", $"step:{i}", AuditTypes.Inspected, Score(0.9), default);
        }
        // Same length, other content: only the blob's ETag tells this process that it changed.
        var lines = (await log.ReadLinesAsync("i4", default))!.ToList();
        lines[1] = lines[1].Replace("0.9", "0.1");
        await log.OverwriteAsync("i4", lines, default);
        requests.Take();

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => log.AppendOnceAsync("i4", "step:3", AuditTypes.Inspected, Score(0.9), default));

        Assert.Contains("fails verification at entry 1", e.Message);
        Assert.Equal(["PUT appendblock", "GET blob"], requests.Take());
        Assert.Equal(3, (await log.ReadLinesAsync("i4", default))!.Count);
    }

    [Fact]
    public async Task AppendWhoseResponseWasLost_IsFoundOnTheReread_AsThisCallsOwn()
    {
        var requests = new RequestLog();
        using var log = new AuditLog(await ContainerAsync(azurite.ConnectionString, AzuriteFixture.UniqueName("audit"), new LoseFirstAppendResponse(), requests),
            Keys, TimeProvider.System);
        requests.Take();

        var recorded = (await log.AppendOnceAsync("i5", [new NewAuditEntry("completed", AuditTypes.Completed, new JsonObject())], default))[0];

        // The SDK sent the append again; its condition failed, and the read found the entry this call had sealed.
        Assert.True(recorded.Appended);
        Assert.Equal(["GET blob", "PUT blob", "PUT appendblock", "PUT appendblock", "GET blob"], requests.Take());
        Assert.Single((await log.ReadLinesAsync("i5", default))!);
    }
}
