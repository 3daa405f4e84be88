using System.Net;
using DurableTask.AzureStorage;
using DurableTask.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.Extensions.Options;

namespace Aligners.LocalHost.Engine;

/// <summary>
/// The Durable Task engine without the Functions host: DTFx's <see cref="AzureStorageOrchestrationService"/>
/// (the engine of Durable Functions' Azure Storage backend) on the app's storage account, served
/// to the standard Durable Task gRPC worker and client by the sidecar <see cref="TaskHubGrpcServer"/>
/// on a loopback HTTP/2 port. It runs as its own small server, started before the app and stopped
/// after it, so the app's worker and client always find it listening.
/// </summary>
public sealed class DurableEngine : IAsyncDisposable
{
    private readonly WebApplication _sidecar;

    private DurableEngine(WebApplication sidecar, Uri address, DurableTaskHostOptions options)
    {
        _sidecar = sidecar;
        Address = address;
        Options = options;
        Channel = GrpcChannel.ForAddress(address);
    }

    /// <summary>The sidecar's address.</summary>
    public Uri Address { get; }

    /// <summary>A channel to the sidecar for the worker and the client.</summary>
    public GrpcChannel Channel { get; }

    /// <summary>The host.json settings the engine runs with.</summary>
    public DurableTaskHostOptions Options { get; }

    /// <summary>Creates the task hub if needed and starts the sidecar on a free loopback port.</summary>
    public static async Task<DurableEngine> StartAsync(IConfiguration configuration, CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddConfiguration(configuration);
        builder.Logging.ClearProviders().AddConfiguration(configuration.GetSection("Logging")).AddSimpleConsole();
        var services = builder.Services;
        services.AddOptions<DurableTaskHostOptions>().BindConfiguration(DurableTaskHostOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => OrchestrationServiceFactory.Create(configuration, sp.GetRequiredService<IOptions<DurableTaskHostOptions>>().Value,
            sp.GetRequiredService<ILoggerFactory>(), new SidecarTypeBinder()));
        services.AddSingleton<IOrchestrationService>(sp => new SidecarHistoryFix(sp.GetRequiredService<AzureStorageOrchestrationService>()));
        services.AddSingleton<IOrchestrationServiceClient>(sp => sp.GetRequiredService<AzureStorageOrchestrationService>());
        services.AddSingleton<TaskHubGrpcServer>();
        services.AddGrpc();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http2));
        var sidecar = builder.Build();
        sidecar.MapGrpcService<TaskHubGrpcServer>();
        await sidecar.Services.GetRequiredService<AzureStorageOrchestrationService>().CreateIfNotExistsAsync().WaitAsync(ct);
        await sidecar.StartAsync(ct);
        var address = sidecar.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new DurableEngine(sidecar, new Uri(address), sidecar.Services.GetRequiredService<IOptions<DurableTaskHostOptions>>().Value);
    }

    /// <summary>Stops the sidecar and the engine (after the app's worker has disconnected).</summary>
    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        await _sidecar.StopAsync();
        await _sidecar.DisposeAsync();
    }
}
