using Aligners.LocalHost.Hosting;

namespace Aligners.LocalHost.Tests.Workflows;

/// <summary>
/// The workflows on the real engine (DTFx's worker on Azurite, in-process), composed exactly
/// as the local host composes them but without its HTTP API, on storage no other test uses.
/// </summary>
public sealed class EngineHarness : IAsyncDisposable
{
    private readonly LocalRuntime _runtime;

    private EngineHarness(LocalRuntime runtime, Dictionary<string, string?> settings)
    {
        _runtime = runtime;
        Settings = settings;
    }

    public Dictionary<string, string?> Settings { get; }

    public IServiceProvider Services => _runtime.Services;

    public DurableTaskClient Client => Services.GetRequiredService<DurableTaskClient>();

    public AuditLog Audit => Services.GetRequiredService<AuditLog>();

    /// <summary>Starts the engine with <see cref="HostSettings.Fresh"/> plus <paramref name="extra"/>.</summary>
    public static async Task<EngineHarness> StartAsync(AzuriteFixture azurite, Dictionary<string, string?>? extra = null)
    {
        var settings = HostSettings.Fresh(azurite);
        foreach (var (k, v) in extra ?? [])
        {
            settings[k] = v;
        }
        var runtime = await LocalFunctionsHost.BuildAsync([.. settings.Select(p => $"--{p.Key}={p.Value}")], "http://127.0.0.1:0", http: false, default,
            SharedModels.Fit(settings) ? SharedModels.Use : null);
        await runtime.App.StartAsync();
        return new EngineHarness(runtime, settings);
    }

    /// <summary>Waits until the instance ends; fails the test when it does not within <paramref name="seconds"/>.</summary>
    public async Task<OrchestrationMetadata> WaitAsync(string instanceId, int seconds = 90)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var metadata = await Client.WaitWithinAsync(instanceId, TimeSpan.FromSeconds(seconds), TimeSpan.FromMilliseconds(50), cts.Token);
        Assert.NotNull(metadata);
        Assert.True(metadata.IsCompleted, $"instance {instanceId} is still {metadata.RuntimeStatus} after {seconds} s");
        return metadata;
    }

    public ValueTask DisposeAsync() => _runtime.DisposeAsync();
}
