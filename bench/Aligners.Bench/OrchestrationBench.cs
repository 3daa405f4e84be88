using System.Diagnostics;
using System.Text.Json.Nodes;
using Aligners.Orchestration.Client;
using Aligners.Orchestration.Decisions;
using Aligners.Orchestration.Extensions;
using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Journal;
using Aligners.Orchestration.Runtime;
using Aligners.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Aligners.Bench;

/// <summary>
/// N instances through the real runtime on Azurite with the bundled models: instances per second,
/// activities per second, storage operations per instance, and orchestration overhead per
/// instance (wall time minus the activities' critical path).
/// </summary>
internal static class OrchestrationBench
{
    public static async Task<JsonObject> RunAsync(string modelsDir, string goldenDir, int instances, int concurrency)
    {
        var azurite = new AzuriteFixture();
        await azurite.InitializeAsync();
        try
        {
            return await RunAsync(azurite, modelsDir, goldenDir, instances, concurrency);
        }
        finally
        {
            await azurite.DisposeAsync();
        }
    }

    private static async Task<JsonObject> RunAsync(AzuriteFixture azurite, string modelsDir, string goldenDir, int instances, int concurrency)
    {
        var finished = new FinishCounter();
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Orchestration:MaxConcurrentInstances"] = concurrency.ToString(),
            ["Orchestration:MaxPollIntervalMilliseconds"] = "200",
            ["Inference:ModelsDirectory"] = modelsDir,
        });
        builder.Logging.ClearProviders();
        builder.Services.AddAlignmentOrchestration();
        builder.Services.AddSingleton<IInstanceObserver>(finished);
        using var host = builder.Build();
        await host.StartAsync();
        var client = host.Services.GetRequiredService<AlignmentClient>();
        var pairs = Golden.Pairs(goldenDir);

        var port = new Uri(azurite.ConnectionString.Split(';').First(p => p.StartsWith("BlobEndpoint=")).Split('=')[1]).Port;
        using var counter = new StorageRequestCounter(port);
        var started = Stopwatch.GetTimestamp();
        var ids = new List<string>();
        for (var i = 0; i < instances; i++)
        {
            var (prompt, response) = pairs[i % pairs.Count];
            ids.Add((await client.StartAsync(new AlignmentRequest { Prompt = $"{prompt} (#{i})", Response = response }, null, default)).InstanceId);
        }
        while (finished.Count(ids) < instances)
        {
            await Task.Delay(100);
        }
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var requests = counter.Count;
        await host.StopAsync();

        var overheads = new List<double>();
        var walls = new List<double>();
        var waits = new List<double>();
        var activities = 0;
        var journals = host.Services.GetRequiredService<JournalStore>();
        foreach (var id in ids)
        {
            var events = (await journals.ReadAsync(id, 0, default))!.Lines.Select(HashChain.Parse).ToList();
            // The client journals the start when it creates the instance; the worker's first append
            // comes when it picks the instance up: the time between is the wait in the work queue.
            waits.Add((events[1].Time - events[0].Time).TotalMilliseconds);
            var wall = (events[^1].Time - events[1].Time).TotalMilliseconds;
            var durations = events.Where(e => e.Type == EventTypes.ActivityCompleted)
                .ToDictionary(e => e.Data["activityId"]!.GetValue<string>(), e => e.Data["durationMs"]!.GetValue<double>());
            // Activities scheduled in one append ran concurrently: the slowest of each group is on the critical path.
            var critical = events.Where(e => e.Type == EventTypes.ActivityScheduled).GroupBy(e => e.Time)
                .Sum(g => g.Max(e => durations.GetValueOrDefault(e.Data["activityId"]!.GetValue<string>())));
            activities += durations.Count;
            walls.Add(wall);
            overheads.Add(wall - critical);
        }
        return new JsonObject
        {
            ["instances"] = instances,
            ["concurrency"] = concurrency,
            ["elapsedSeconds"] = Math.Round(elapsed, 1),
            ["instancesPerSecond"] = Math.Round(instances / elapsed, 2),
            ["activitiesPerSecond"] = Math.Round(activities / elapsed, 1),
            ["activitiesPerInstance"] = Math.Round((double)activities / instances, 2),
            ["storageRequestsPerInstance"] = Math.Round((double)requests / instances, 1),
            ["queueWaitMsP50"] = Math.Round(Measure.Percentile(waits, 0.5), 1),
            ["queueWaitMsP95"] = Math.Round(Measure.Percentile(waits, 0.95), 1),
            ["wallMsP50"] = Math.Round(Measure.Percentile(walls, 0.5), 1),
            ["wallMsP95"] = Math.Round(Measure.Percentile(walls, 0.95), 1),
            ["overheadMsP50"] = Math.Round(Measure.Percentile(overheads, 0.5), 1),
            ["overheadMsP95"] = Math.Round(Measure.Percentile(overheads, 0.95), 1),
        };
    }

    private sealed class FinishCounter : IInstanceObserver
    {
        private readonly HashSet<string> _done = [];

        public int Count(IEnumerable<string> ids)
        {
            lock (_done)
            {
                return ids.Count(_done.Contains);
            }
        }

        public Task OnFinishedAsync(string instanceId, InstanceState state, CancellationToken cancellationToken)
        {
            lock (_done)
            {
                _done.Add(instanceId);
            }
            return Task.CompletedTask;
        }
    }

    /// <summary>Counts HTTP requests to Azurite through the System.Net.Http activity source.</summary>
    private sealed class StorageRequestCounter : IDisposable
    {
        private readonly ActivityListener _listener;
        private int _count;

        public StorageRequestCounter(int anyAzuritePort)
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = s => s.Name == "System.Net.Http",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
                ActivityStopped = a =>
                {
                    if (a.GetTagItem("server.address") is "127.0.0.1")
                    {
                        Interlocked.Increment(ref _count);
                    }
                },
            };
            ActivitySource.AddActivityListener(_listener);
            _ = anyAzuritePort;
        }

        public int Count => Volatile.Read(ref _count);

        public void Dispose() => _listener.Dispose();
    }
}
