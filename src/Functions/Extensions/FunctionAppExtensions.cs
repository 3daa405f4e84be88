using System.Security.Cryptography;
using Aligners.Functions.Apis;
using Aligners.Functions.Bulk;
using Aligners.Functions.Hosting;
using Aligners.Functions.Security;
using Aligners.Functions.Triggers;
using Aligners.Orchestration.Extensions;
using Aligners.Orchestration.Runtime;
using Aligners.Orchestration.Telemetry;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Aligners.Functions.Extensions;

/// <summary>The function app's wiring.</summary>
internal static class FunctionAppExtensions
{
    public static WebApplicationBuilder AddFunctionApp(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var services = builder.Services;
        var underHost = HostEnvironment.UnderFunctionsHost(config);
        if (HostEnvironment.CustomHandlerPort(config) is { } port)
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
            // The host delivers queue messages; this process must not poll them too.
            config["Orchestration:ListenToQueues"] = "false";
        }
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<QueueOptions>().BindConfiguration(QueueOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<KeyOptions>().BindConfiguration(KeyOptions.Section)
            .PostConfigure<ILoggerFactory>((keys, logs) => EphemeralKeys(keys, underHost, logs))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddAlignmentOrchestration();
        services.AddSingleton<KeyCheck>();
        services.AddSingleton(sp => QueuePair.For(sp.GetRequiredService<StorageClients>().Queues,
            sp.GetRequiredService<IOptions<QueueOptions>>().Value.BulkFanout));
        services.AddSingleton<BulkJobs>();
        services.AddSingleton<AlignRequestHandler>();
        services.AddSingleton<QueueTriggers>();
        services.AddHostedService<AppStorageInitializer>();
        services.AddQueueListeners();
        services.AddProblemDetails();
        services.AddTelemetry(config);
        return builder;
    }

    public static WebApplication MapFunctionApp(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapHealthApi();
        app.MapAlignApi();
        app.MapBulkApi();
        if (HostEnvironment.UnderFunctionsHost(app.Configuration))
        {
            app.MapCustomHandlerTriggers();
        }
        return app;
    }

    private static void AddTelemetry(this IServiceCollection services, IConfiguration config)
    {
        var otlp = !string.IsNullOrEmpty(config["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("aligners-functions"))
            .WithTracing(t =>
            {
                t.AddSource(AlignersTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (otlp)
                {
                    t.AddOtlpExporter();
                }
            })
            .WithMetrics(m =>
            {
                m.AddMeter(AlignersTelemetry.Name).AddAspNetCoreInstrumentation();
                if (otlp)
                {
                    m.AddOtlpExporter();
                }
            });
    }

    /// <summary>Random keys for a local run without configured ones: made once per process, so every
    /// options instance (IOptions, IOptionsMonitor) sees the same.</summary>
    private static readonly Lazy<(string Function, string Admin)> GeneratedKeys =
        new(() => (Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))));

    /// <summary>Running locally without configured keys: use the process's random ones and say so once.</summary>
    private static void EphemeralKeys(KeyOptions keys, bool underHost, ILoggerFactory logs)
    {
        keys.FunctionKeys.RemoveAll(string.IsNullOrWhiteSpace);
        if (underHost || (!string.IsNullOrEmpty(keys.AdminKey) && keys.FunctionKeys.Count > 0))
        {
            return;
        }
        var created = !GeneratedKeys.IsValueCreated;
        var (function, admin) = GeneratedKeys.Value;
        if (string.IsNullOrEmpty(keys.AdminKey))
        {
            keys.AdminKey = admin;
        }
        if (keys.FunctionKeys.Count == 0)
        {
            keys.FunctionKeys.Add(function);
        }
        if (created)
        {
            logs.CreateLogger("Aligners.Functions.Keys").LogWarning(
                "No Keys configured: generated for this run. Function key: {FunctionKey}. Admin key: {AdminKey}", keys.FunctionKeys[0], keys.AdminKey);
        }
    }
}

/// <summary>Creates the function app's own queues (the orchestration creates its storage itself).</summary>
internal sealed class AppStorageInitializer(StorageClients storage, IOptions<QueueOptions> queues) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var q = queues.Value;
        foreach (var name in new[] { q.AlignRequests, q.BulkFanout })
        {
            await QueuePair.For(storage.Queues, name).EnsureCreatedAsync(cancellationToken);
        }
        await storage.Queues.GetQueueClient(q.AlignResults).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
