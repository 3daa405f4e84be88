using Xunit.Abstractions;

namespace Aligners.LocalHost.Tests.Runtime;

/// <summary>
/// The point of durability: the local host runs as its own OS process and is SIGKILLed three times,
/// each time once its own reads show instances running (work provably in flight), a random moment
/// after the first; after restarts every instance completes, every result is written once, and
/// every audit record verifies with each step once.
/// </summary>
[Trait("Category", "Slow")]
public class CrashTests(ITestOutputHelper output) : IAsyncLifetime
{
    // Enough that three host lives cannot finish them all: each kill must find a quarter unfinished.
    private const int Instances = 48;

    private readonly AzuriteFixture _azurite = new();

    public Task InitializeAsync() => _azurite.InitializeAsync();

    public Task DisposeAsync() => _azurite.DisposeAsync();

    [Fact]
    public async Task Host_KilledThreeTimesMidFlight_EveryInstanceCompletesAndEveryResultIsWrittenOnce()
    {
        var settings = HostSettings.Fresh(_azurite);
        settings["LocalHost:WorkerId"] = "crash-worker";
        var fleet = new Fleet(_azurite, settings, size: Instances);
        await fleet.EnqueueAsync();

        var rng = new Random(20261126);
        // Each phase's time goes to the test's output: where a slow run spent it.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var kill = 0; kill < 3; kill++)
        {
            await using var host = await LocalHostProcess.StartAsync(settings);
            output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: host {kill} healthy");
            // Killing on a timer alone measures the machine's speed, not recovery: wait for this
            // host to be running instances, then let a random share of a second pass.
            var statuses = await WaitUntilRunningAsync(fleet, host, TimeSpan.FromMinutes(2));
            await Task.Delay(TimeSpan.FromMilliseconds(rng.Next(250, 1000)));
            statuses = await fleet.StatusesAsync(host);
            var unfinished = statuses.Values.Count(s => s != "Completed");
            Assert.True(unfinished >= fleet.Ids.Count / 4, $"kill {kill}: only {unfinished} of {fleet.Ids.Count} unfinished");
            Assert.True(statuses.Values.Contains("Running"),
                $"kill {kill}: none running ({string.Join(", ", statuses.Values.CountBy(s => s))})\n{host.Output[^Math.Min(4000, host.Output.Length)..]}");
            host.Kill();
            output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: host {kill} killed with {unfinished} unfinished");
        }

        await using var survivor = await LocalHostProcess.StartAsync(settings);
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: survivor healthy");
        await fleet.WaitForResultsAsync(survivor, TimeSpan.FromMinutes(8));
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: every result written and every instance completed");
        await fleet.AssertEverythingOnceAsync(survivor);
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: everything checked");
    }

    private static async Task<Dictionary<string, string>> WaitUntilRunningAsync(Fleet fleet, LocalHostProcess host, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var statuses = await fleet.StatusesAsync(host);
            if (statuses.Values.Contains("Running"))
            {
                return statuses;
            }
            Assert.True(DateTime.UtcNow < deadline,
                $"nothing running after {timeout} ({string.Join(", ", statuses.Values.CountBy(s => s))})\n{host.Output[^Math.Min(4000, host.Output.Length)..]}");
            await Task.Delay(250);
        }
    }
}
