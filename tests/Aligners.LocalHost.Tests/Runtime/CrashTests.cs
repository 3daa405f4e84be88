namespace Aligners.LocalHost.Tests.Runtime;

/// <summary>
/// The point of durability: the local host runs as its own OS process and is SIGKILLed three times
/// while 200 queued requests are provably in flight; after restarts every instance completes,
/// every result is written once, and every audit record verifies with each step once.
/// </summary>
[Trait("Category", "Slow")]
public class CrashTests : IAsyncLifetime
{
    private readonly AzuriteFixture _azurite = new();

    public Task InitializeAsync() => _azurite.InitializeAsync();

    public Task DisposeAsync() => _azurite.DisposeAsync();

    [Fact]
    public async Task Host_KilledThreeTimesMidFlight_EveryInstanceCompletesAndEveryResultIsWrittenOnce()
    {
        var settings = HostSettings.Fresh(_azurite);
        settings["LocalHost:WorkerId"] = "crash-worker";
        var fleet = new Fleet(_azurite, settings, size: 200);
        await fleet.EnqueueAsync();

        var rng = new Random(20261126);
        for (var kill = 0; kill < 3; kill++)
        {
            await using var host = await LocalHostProcess.StartAsync(settings);
            await Task.Delay(TimeSpan.FromMilliseconds(rng.Next(1500, 3500)));
            var statuses = await fleet.StatusesAsync(host);
            var unfinished = statuses.Values.Count(s => s != "Completed");
            Assert.True(unfinished >= fleet.Ids.Count / 4, $"kill {kill}: only {unfinished} of {fleet.Ids.Count} unfinished");
            Assert.True(statuses.Values.Contains("Running"),
                $"kill {kill}: none running ({string.Join(", ", statuses.Values.CountBy(s => s))})\n{host.Output[^Math.Min(4000, host.Output.Length)..]}");
            host.Kill();
        }

        await using var survivor = await LocalHostProcess.StartAsync(settings);
        await fleet.WaitForResultsAsync(survivor, TimeSpan.FromMinutes(8));
        await fleet.AssertEverythingOnceAsync(survivor);
    }
}
