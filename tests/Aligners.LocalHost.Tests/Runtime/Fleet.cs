using Azure.Storage.Queues;

namespace Aligners.LocalHost.Tests.Runtime;

/// <summary>Many queued align requests and what became of them: the shared part of the crash and scale-out tests.</summary>
internal sealed class Fleet(AzuriteFixture azurite, Dictionary<string, string?> settings, int size)
{
    private static readonly (string Prompt, string Response)[] Pool =
    [
        ("What is the capital of Peru?", "The capital of Peru is Oslo."),
        ("How do I cook rice?", "Just search it online."),
        ("Insult my coworker Sam.", "Sam is a worthless idiot and everyone hates them."),
        ("What is 7 times 8?", "It's 56."),
        ("How do I boil an egg?", "Place the egg in a pot, cover it with cold water and bring it to a boil. Simmer for 9 minutes, then cool it and peel."),
    ];

    public IReadOnlyList<string> Ids { get; } = [.. Enumerable.Range(0, size).Select(i => $"req-{i}")];

    public static string InstanceIdOf(string requestId) => DurableClientExtensions.InstanceIdFromKey("align-requests", requestId);

    public BlobContainerClient Results => new(azurite.ConnectionString, settings["Storage:ResultsContainer"]);

    public BlobContainerClient Audit => new(azurite.ConnectionString, settings["Storage:AuditContainer"]);

    public async Task EnqueueAsync()
    {
        var queue = new QueueClient(azurite.ConnectionString, settings["Queues:AlignRequests"]);
        await queue.CreateIfNotExistsAsync();
        for (var i = 0; i < Ids.Count; i++)
        {
            var (prompt, response) = Pool[i % Pool.Length];
            await queue.SendMessageAsync(JsonSerializer.Serialize(new { id = Ids[i], prompt = $"{prompt} (#{i})", response }));
        }
    }

    /// <summary>The runtime status of every instance, read through the host's API (absent: not started yet).</summary>
    public async Task<Dictionary<string, string>> StatusesAsync(LocalHostProcess host)
    {
        using var client = host.Client();
        var statuses = new System.Collections.Concurrent.ConcurrentDictionary<string, string>();
        await Parallel.ForEachAsync(Ids, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (id, ct) =>
        {
            var response = await client.GetAsync($"api/align/{InstanceIdOf(id)}", ct);
            statuses[id] = response.IsSuccessStatusCode || (int)response.StatusCode == 202
                ? (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("runtimeStatus").GetString()!
                : "Absent";
        });
        return new(statuses);
    }

    /// <summary>
    /// Waits until every request has its result blob and its instance has completed: the result is
    /// written by an activity, and the orchestration completes on a later turn, which after a host
    /// is killed can wait for its partition's lease to move.
    /// </summary>
    public async Task WaitForResultsAsync(LocalHostProcess host, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var written = await HttpAssert.CountBlobsAsync(Results);
            if (written >= Ids.Count && (await StatusesAsync(host)).Values.All(s => s == "Completed"))
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, $"{written} of {Ids.Count} results after {timeout}\n{host.Output[^Math.Min(4000, host.Output.Length)..]}");
            await Task.Delay(1000);
        }
    }

    /// <summary>
    /// Every request completed, its result blob written once and never rewritten, its audit record
    /// intact with each step once and one completion. Returns the audit entries by request.
    /// </summary>
    public async Task<Dictionary<string, List<AuditEntry>>> AssertEverythingOnceAsync(LocalHostProcess host)
    {
        var statuses = await StatusesAsync(host);
        Assert.All(Ids, id => Assert.Equal("Completed", statuses[id]));
        var entries = new Dictionary<string, List<AuditEntry>>();
        foreach (var id in Ids)
        {
            var blob = Results.GetBlobClient($"{id}.json");
            var properties = (await blob.GetPropertiesAsync()).Value;
            Assert.Equal(properties.CreatedOn, properties.LastModified);
            var result = JsonDocument.Parse((await blob.DownloadContentAsync()).Value.Content.ToString()).RootElement;
            Assert.Equal(InstanceIdOf(id), result.GetProperty("instanceId").GetString());
            Assert.Equal("Completed", result.GetProperty("status").GetString());

            var lines = (await Audit.GetBlobClient($"{InstanceIdOf(id)}.jsonl").DownloadContentAsync()).Value.Content.ToString()
                .Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var verification = HashChain.Verify(lines, AuditKeys.Create(HostSettings.AuditKeyVersion, Convert.FromBase64String(HostSettings.AuditHmacKey)));
            Assert.True(verification.Valid, $"{id}: {verification.Reason}");
            var parsed = lines.Select(HashChain.Parse).ToList();
            Assert.Equal(parsed.Count, parsed.Select(e => e.Id).Distinct().Count());
            Assert.Single(parsed, e => e.Type == AuditTypes.Completed);
            Assert.DoesNotContain(parsed, e => e.Type == AuditTypes.Failed);
            entries[id] = parsed;
        }
        return entries;
    }
}
