using Aligners.Orchestration.Client;
using Aligners.Orchestration.Extensions;
using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Journal;
using Aligners.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Aligners.Functions.Tests.Runtime;

/// <summary>
/// The point of durability: the worker runs as a separate OS process and is SIGKILLed at random
/// moments while 200 instances are in flight; after restarts every instance must complete exactly
/// once, no activity may complete twice, and every journal must verify.
/// </summary>
[Collection(FunctionAppCollection.Name)]
public class CrashTests(FunctionAppStorage storage)
{
    private static readonly (string Prompt, string Response)[] Pool =
    [
        ("What is the capital of Peru?", "The capital of Peru is Oslo."),
        ("How do I cook rice?", "Just search it online."),
        ("Insult my coworker Sam.", "Sam is a worthless idiot and everyone hates them."),
        ("What is 7 times 8?", "It's 56."),
        ("How do I boil an egg?", "Place the egg in a pot, cover it with cold water and bring it to a boil. Simmer for 9 minutes, then cool it and peel."),
    ];

    [Fact]
    public async Task Worker_KilledThreeTimesMidFlight_EveryInstanceCompletesExactlyOnce()
    {
        var settings = FunctionApp.FreshSettings(storage);
        settings["Orchestration:VisibilityTimeoutSeconds"] = "5";
        settings["Orchestration:MaxConcurrentInstances"] = "16";
        using var client = await ClientHostAsync(settings);
        var alignment = client.Services.GetRequiredService<AlignmentClient>();
        var ids = new List<string>();
        for (var i = 0; i < 200; i++)
        {
            var (prompt, response) = Pool[i % Pool.Length];
            ids.Add((await alignment.StartAsync(new AlignmentRequest { Prompt = $"{prompt} (#{i})", Response = response }, null, default)).InstanceId);
        }

        var rng = new Random(20240306);
        for (var kill = 0; kill < 3; kill++)
        {
            await using var worker = StartWorker(settings);
            await Task.Delay(TimeSpan.FromMilliseconds(rng.Next(3000, 9000)));
            Assert.False(worker.HasExited, worker.Output);
            worker.Kill();
        }
        await using (var survivor = StartWorker(settings))
        {
            var deadline = DateTime.UtcNow.AddMinutes(12);
            while (true)
            {
                var open = 0;
                foreach (var id in ids)
                {
                    var status = await alignment.GetStatusAsync(id, default);
                    open += status!.RuntimeStatus is RuntimeStatus.Completed ? 0 : 1;
                }
                if (open == 0)
                {
                    break;
                }
                Assert.True(DateTime.UtcNow < deadline, $"{open} instances still open\n{survivor.Output}");
                await Task.Delay(1000);
            }
        }

        var journals = new HashSet<string>();
        await foreach (var id in alignment.ListInstanceIdsAsync(default))
        {
            journals.Add(id);
        }
        Assert.Equal(ids.Order(), journals.Order());
        foreach (var id in ids)
        {
            var lines = (await alignment.ReadJournalAsync(id, default))!;
            var verification = HashChain.Verify(lines);
            Assert.True(verification.Valid, $"{id}: {verification.Reason}");
            var events = lines.Select(HashChain.Parse).ToList();
            Assert.Single(events, e => e.Type == EventTypes.InstanceCompleted);
            Assert.DoesNotContain(events, e => e.Type is EventTypes.InstanceFailed or EventTypes.ActivityFailed);
            var completed = events.Where(e => e.Type == EventTypes.ActivityCompleted).Select(e => e.Data["activityId"]!.GetValue<string>()).ToList();
            Assert.Equal(completed.Count, completed.Distinct().Count());
        }
    }

    private static AppProcess StartWorker(Dictionary<string, string?> settings) =>
        AppProcess.Start(["serve", "--urls", $"http://127.0.0.1:{FreePorts.Next()}"], settings);

    private static async Task<IHost> ClientHostAsync(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Configuration["Orchestration:ListenToQueues"] = "false";
        builder.Logging.ClearProviders();
        builder.Services.AddAlignmentOrchestration();
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
