using Aligners.Functions.Hosting;
using Aligners.Orchestration.Extensions;

namespace Aligners.Functions.Cli;

/// <summary>
/// The host behind the CLI verbs: the same orchestration as the app, no HTTP, no queue polling
/// (the CLI advances its instances itself), and the local Azurite when no storage is configured.
/// </summary>
internal sealed class CliHost : IAsyncDisposable
{
    private readonly LocalAzurite? _azurite;

    private CliHost(IHost host, LocalAzurite? azurite)
    {
        Host = host;
        _azurite = azurite;
    }

    public IHost Host { get; }

    public IServiceProvider Services => Host.Services;

    public static async Task<CliHost> StartAsync(CancellationToken ct)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddLocalSettings(Directory.GetCurrentDirectory());
        builder.Configuration["Orchestration:ListenToQueues"] = "false";
        builder.Configuration["Logging:LogLevel:Default"] = "Warning";
        var azurite = await LocalAzurite.StartIfNeededAsync(builder.Configuration, ct);
        builder.Services.AddAlignmentOrchestration();
        var host = builder.Build();
        try
        {
            await host.StartAsync(ct);
        }
        catch
        {
            if (azurite is not null)
            {
                await azurite.DisposeAsync();
            }
            throw;
        }
        return new CliHost(host, azurite);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
