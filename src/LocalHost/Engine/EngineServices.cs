using Aligners.Orchestration.Workflows;
using DurableTask.AzureStorage;
using DurableTask.Core;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.Options;

namespace Aligners.LocalHost.Engine;

/// <summary>Registers the in-process engine: DTFx's worker on the Azure Storage backend, and the Durable client over it.</summary>
public static class EngineServices
{
    /// <summary>
    /// Adds the engine on host.json's settings, the worker as a hosted service (registered first, so
    /// it starts before and stops after everything that starts instances) and the client.
    /// </summary>
    public static IServiceCollection AddInProcessEngine(this IServiceCollection services)
    {
        services.AddOptions<DurableTaskHostOptions>().BindConfiguration(DurableTaskHostOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => OrchestrationServiceFactory.Create(sp.GetRequiredService<IConfiguration>(),
            sp.GetRequiredService<IOptions<DurableTaskHostOptions>>().Value, sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton<InstanceCompletions>();
        services.AddSingleton(sp => new CompletionSignalingService(sp.GetRequiredService<AzureStorageOrchestrationService>(),
            sp.GetRequiredService<InstanceCompletions>(), sp.GetRequiredService<ILoggerFactory>().CreateLogger<InProcessEngine>()));
        services.AddSingleton<IOrchestrationService>(sp => sp.GetRequiredService<CompletionSignalingService>());
        services.AddSingleton<IOrchestrationServiceClient>(sp => sp.GetRequiredService<AzureStorageOrchestrationService>());
        services.AddSingleton(sp => new DurableTaskShimFactory(new DurableTaskWorkerOptions(), sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<InProcessEngine>(sp, WorkflowCatalog.All));
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService>(sp => sp.GetRequiredService<InProcessEngine>()));
        services.AddSingleton<DurableTaskClient>(sp => new LocalDurableTaskClient(sp.GetRequiredService<IOrchestrationServiceClient>(),
            sp.GetRequiredService<InstanceCompletions>()));
        return services;
    }
}
