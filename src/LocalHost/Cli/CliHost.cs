using Aligners.LocalHost.Hosting;

namespace Aligners.LocalHost.Cli;

/// <summary>
/// The host behind the CLI verbs: the local host without its HTTP API (Kestrel listens on an
/// ephemeral loopback port only), and the local Azurite when no storage is configured.
/// </summary>
internal sealed class CliHost : IAsyncDisposable
{
    private readonly LocalRuntime _runtime;

    private CliHost(LocalRuntime runtime) => _runtime = runtime;

    public IServiceProvider Services => _runtime.Services;

    /// <summary>
    /// Builds the host and, unless <paramref name="start"/> is false, starts it; a verb that only
    /// reads or moves stored data leaves the engine and the queue listeners idle.
    /// </summary>
    public static async Task<CliHost> StartAsync(CancellationToken ct, bool start = true)
    {
        var host = await BuildAsync(ct);
        try
        {
            if (start)
            {
                await host.StartEngineAsync(ct);
            }
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
        return host;
    }

    /// <summary>
    /// Builds the host without starting the engine or the queue listeners: the app's services (its
    /// validators, the models) are there, so a verb checks its input with them and a bad file fails
    /// at once, before any worker starts or has to be stopped again.
    /// </summary>
    public static async Task<CliHost> BuildAsync(CancellationToken ct)
    {
        // The verbs print results on standard output: the engine's logs stay quiet and go to standard error.
        string[] logging = ["--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.DurableTask=Critical", "--Logging:LogLevel:DurableTask=Critical",
            "--Logging:LogLevel:DurableTask.AzureStorage=Critical", "--Logging:LogLevel:DurableTask.Core=Critical", "--Logging:Console:LogToStandardErrorThreshold=Trace"];
        return new CliHost(await LocalFunctionsHost.BuildAsync(logging, "http://127.0.0.1:0", http: false, ct));
    }

    /// <summary>Starts the engine and the queue listeners of a host from <see cref="BuildAsync"/>.</summary>
    public Task StartEngineAsync(CancellationToken ct) => _runtime.App.StartAsync(ct);

    public ValueTask DisposeAsync() => _runtime.DisposeAsync();
}
