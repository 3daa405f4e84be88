using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.Json;
using Aligners.Orchestration.Activities;
using Aligners.Orchestration.Audit;
using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Requests;
using Aligners.Orchestration.Storage;
using Aligners.Orchestration.Workflows;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Aligners.Bench;

/// <summary>
/// Alignment instances on the Durable Task engine (DTFx on Azurite, as the local host runs it: its
/// worker in-process) with the bundled models: instances per second, storage requests per
/// instance (and how many of them went to the audit records), and the orchestration's overhead per instance (its wall time minus the activities on
/// its critical path). <c>engine</c> keeps a fixed number of instances in flight through the
/// client; <c>sync</c> sends POST /api/align one at a time over HTTP and measures what the caller waits beyond the models.
/// </summary>
internal static class OrchestrationBench
{
    public static async Task<JsonObject> RunEngineAsync(string goldenDir, int instances, int concurrency)
    {
        await using var engine = await BenchEngine.StartAsync(http: null);
        var runtime = engine.Runtime;
        var client = runtime.Services.GetRequiredService<DurableTaskClient>();
        var validator = runtime.Services.GetRequiredService<RequestValidator>();
        var audit = runtime.Services.GetRequiredService<AuditLog>();
        var pairs = Golden.Pairs(goldenDir);
        await WarmUpAsync(client, validator, pairs);

        using var counter = new StorageRequestCounter(engine.Azurite.ConnectionString, runtime.Services.GetRequiredService<AppStorage>().Audit.Uri.AbsolutePath + "/");
        var ids = new ConcurrentBag<string>();
        var ends = new ConcurrentBag<double>();
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForAsync(0, instances, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, ct) =>
        {
            var id = await StartOneAsync(client, validator, pairs, i);
            await client.WaitWithinAsync(id, Timeout.InfiniteTimeSpan, TimeSpan.FromMilliseconds(250), ct);
            ids.Add(id);
            ends.Add(Stopwatch.GetElapsedTime(started).TotalSeconds);
        });
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        // The rate over the first and the last 300 instances to end: a slowdown as the task hub fills shows here.
        var order = ends.Order().ToList();
        var window = Math.Min(300, instances);
        var firstRate = window / order[window - 1];
        var lastRate = window / (elapsed - (instances > window ? order[instances - window - 1] : 0));
        var (requests, auditRequests, byKind) = (counter.Count, counter.AuditCount, counter.ByKind);

        var overheads = new List<double>();
        var walls = new List<double>();
        var startDelays = new List<double>();
        var activities = 0;
        foreach (var id in ids)
        {
            var metadata = (await client.GetInstanceAsync(id, getInputsAndOutputs: true))!;
            var output = metadata.ReadOutputAs<AlignmentOutput>()!;
            var lines = (await audit.ReadLinesAsync(id, default))!;
            var completed = HashChain.Parse(lines.Last());
            var wall = (completed.Time - metadata.CreatedAt).TotalMilliseconds;
            // The audit record's first entry is written by the instance's first activity: the wait
            // before it is the start's own (the first episode and one activity dispatch).
            startDelays.Add((HashChain.Parse(lines.First()).Time - metadata.CreatedAt).TotalMilliseconds);
            activities += output.Activities.Count + 2;
            walls.Add(wall);
            overheads.Add(wall - CriticalPath(output));
        }
        return new JsonObject
        {
            ["mode"] = "engine",
            ["instances"] = instances,
            ["inFlight"] = concurrency,
            ["elapsedSeconds"] = Math.Round(elapsed, 1),
            ["instancesPerSecond"] = Math.Round(instances / elapsed, 2),
            [$"instancesPerSecondFirst{window}"] = Math.Round(firstRate, 2),
            [$"instancesPerSecondLast{window}"] = Math.Round(lastRate, 2),
            ["activitiesPerSecond"] = Math.Round(activities / elapsed, 1),
            ["activitiesPerInstance"] = Math.Round((double)activities / instances, 2),
            ["storageRequestsPerInstance"] = Math.Round((double)requests / instances, 1),
            ["auditRequestsPerInstance"] = Math.Round((double)auditRequests / instances, 1),
            ["wallMsP50"] = Math.Round(Measure.Percentile(walls, 0.5), 1),
            ["wallMsP95"] = Math.Round(Measure.Percentile(walls, 0.95), 1),
            ["overheadMsP50"] = Math.Round(Measure.Percentile(overheads, 0.5), 1),
            ["overheadMsP95"] = Math.Round(Measure.Percentile(overheads, 0.95), 1),
            ["startMsP50"] = Math.Round(Measure.Percentile(startDelays, 0.5), 1),
            ["startMsP95"] = Math.Round(Measure.Percentile(startDelays, 0.95), 1),
            ["startMsMax"] = Math.Round(startDelays.Max(), 1),
            ["startsOver5s"] = startDelays.Count(d => d > 5000),
            // Per instance, and the mean time the client waited for one (Azurite's queueing included).
            ["storageRequestsByKind"] = new JsonObject(byKind.Take(25).Select(p => KeyValuePair.Create(p.Kind, (JsonNode?)new JsonObject
            {
                ["perInstance"] = Math.Round((double)p.Count / instances, 2),
                ["meanMs"] = Math.Round(p.MeanMs, 1),
            }))),
        };
    }

    /// <summary>POST /api/align, one request at a time: the caller's latency minus the models' critical path.</summary>
    public static async Task<JsonObject> RunSyncAsync(string goldenDir, int requests)
    {
        var port = BenchEngine.FreePort();
        await using var engine = await BenchEngine.StartAsync(http: $"http://127.0.0.1:{port}");
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        http.DefaultRequestHeaders.Add("x-functions-key", BenchEngine.FunctionKey);
        var pairs = Golden.Pairs(goldenDir);
        var overheads = new List<double>();
        var latencies = new List<double>();
        for (var i = -30; i < requests; i++)
        {
            var (prompt, response) = pairs[Math.Abs(i) % pairs.Count];
            var t = Stopwatch.GetTimestamp();
            var answer = await http.PostAsJsonAsync("api/align", new { prompt = $"{prompt} (#{i})", response });
            var latency = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            var body = await answer.Content.ReadFromJsonAsync<JsonElement>();
            if (i < 0)
            {
                continue;
            }
            var output = body.GetProperty("output").Deserialize<AlignmentOutput>(WorkflowJson.Options)!;
            latencies.Add(latency);
            overheads.Add(latency - CriticalPath(output));
        }
        return new JsonObject
        {
            ["mode"] = "sync",
            ["requests"] = requests,
            ["latencyMsP50"] = Math.Round(Measure.Percentile(latencies, 0.5), 1),
            ["latencyMsP95"] = Math.Round(Measure.Percentile(latencies, 0.95), 1),
            ["overheadMsP50"] = Math.Round(Measure.Percentile(overheads, 0.5), 1),
            ["overheadMsP95"] = Math.Round(Measure.Percentile(overheads, 0.95), 1),
        };
    }

    /// <summary>The activities one after the other: the LLM call, each inspection round's slowest, each rewrite.</summary>
    private static double CriticalPath(AlignmentOutput output) => output.Activities
        .GroupBy(a => a.Name == InspectActivity.TaskName ? a.Id[..a.Id.LastIndexOf(':')] : a.Id)
        .Sum(g => g.Max(a => a.DurationMs));

    private static async Task<string> StartOneAsync(DurableTaskClient client, RequestValidator validator, List<(string Prompt, string Response)> pairs, int i)
    {
        var (prompt, response) = pairs[((i % pairs.Count) + pairs.Count) % pairs.Count];
        var input = await validator.ValidateAsync(new AlignInput { Prompt = $"{prompt} (#{i})", Response = response }, default);
        var id = Guid.NewGuid().ToString("N");
        await client.StartOnceAsync(AlignmentOrchestrator.TaskName, input, id, default, mayExist: false);
        return id;
    }

    private static async Task WarmUpAsync(DurableTaskClient client, RequestValidator validator, List<(string Prompt, string Response)> pairs)
    {
        // Enough instances, a few at a time, for the JIT to have compiled the hot paths before timing starts.
        await Parallel.ForAsync(0, 60, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
            await client.WaitWithinAsync(await StartOneAsync(client, validator, pairs, -i - 1), Timeout.InfiniteTimeSpan, TimeSpan.FromMilliseconds(50), ct));
    }
}
