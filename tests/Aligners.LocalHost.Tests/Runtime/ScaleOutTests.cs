namespace Aligners.LocalHost.Tests.Runtime;

/// <summary>Two local hosts on one task hub share the work; when one dies the other finishes it.</summary>
[Trait("Category", "Slow")]
public class ScaleOutTests : IAsyncLifetime
{
    private readonly AzuriteFixture _azurite = new();

    public Task InitializeAsync() => _azurite.InitializeAsync();

    public Task DisposeAsync() => _azurite.DisposeAsync();

    [Fact]
    public async Task TwoHosts_BothRunActivities_OneIsKilled_TheOtherFinishesEverything()
    {
        var settings = HostSettings.Fresh(_azurite);
        var fleet = new Fleet(_azurite, settings, size: 80);
        await using var a = await LocalHostProcess.StartAsync(new Dictionary<string, string?>(settings) { ["LocalHost:WorkerId"] = "worker-a" });
        // Disposed however the test ends, so a failure leaves no host running.
        await using var b = await LocalHostProcess.StartAsync(new Dictionary<string, string?>(settings) { ["LocalHost:WorkerId"] = "worker-b" });
        var bPid = b.ProcessId;

        await fleet.EnqueueAsync();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while ((await HttpAssert.CountBlobsAsync(fleet.Results)) < 20)
        {
            Assert.True(DateTime.UtcNow < deadline,
                $"no progress\n--- a:\n{a.Output[^Math.Min(6000, a.Output.Length)..]}\n--- b:\n{b.Output[^Math.Min(6000, b.Output.Length)..]}");
            await Task.Delay(250);
        }
        b.Kill();
        await b.DisposeAsync();

        await fleet.WaitForResultsAsync(a, TimeSpan.FromMinutes(6));
        var entries = await fleet.AssertEverythingOnceAsync(a);
        var workers = entries.Values.SelectMany(e => e).Select(e => e.Data["worker"]?.GetValue<string>()).OfType<string>().ToHashSet();
        Assert.Contains(workers, w => w.EndsWith($"/{a.ProcessId}", StringComparison.Ordinal));
        Assert.Contains(workers, w => w.EndsWith($"/{bPid}", StringComparison.Ordinal));
    }
}
