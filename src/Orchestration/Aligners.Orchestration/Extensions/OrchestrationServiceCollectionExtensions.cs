using Aligners.Inference.Client;
using Aligners.Inference.Extensions;
using Aligners.Orchestration.Activities;
using Aligners.Orchestration.Client;
using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Journal;
using Aligners.Orchestration.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Aligners.Orchestration.Extensions;

/// <summary>Registers the orchestration: options, storage, runtime, client, and the queue listener.</summary>
public static class OrchestrationServiceCollectionExtensions
{
    /// <summary>
    /// Binds <c>Storage</c>, <c>Orchestration</c>, <c>Alignment</c> and <c>Llm</c> (validated at
    /// startup), registers inference, the storage clients and the runtime, and the hosted services
    /// that create storage and poll the work queue.
    /// </summary>
    public static IServiceCollection AddAlignmentOrchestration(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<OrchestrationOptions>().BindConfiguration(OrchestrationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AlignmentOptions>().BindConfiguration(AlignmentOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddAlignmentInference();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new StorageClients(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.AddSingleton(sp =>
        {
            var c = sp.GetRequiredService<StorageClients>();
            return new JournalStore(c.Blobs.GetBlobContainerClient(c.Options.JournalContainer));
        });
        services.AddSingleton(sp =>
        {
            var c = sp.GetRequiredService<StorageClients>();
            return new InstanceIndex(c.Tables.GetTableClient(c.Options.InstancesTable));
        });
        services.AddSingleton(sp =>
        {
            var c = sp.GetRequiredService<StorageClients>();
            var o = sp.GetRequiredService<IOptions<OrchestrationOptions>>().Value;
            return new WorkQueue(c.Queues.GetQueueClient(o.WorkQueue), c.Queues.GetQueueClient(o.PoisonQueue));
        });
        services.AddSingleton(sp => new ActivityRunner(
            sp.GetRequiredService<IAlignmentInference>(),
            ChatClientFactory.Create(sp.GetRequiredService<IOptions<LlmOptions>>().Value),
            sp.GetRequiredService<IOptions<LlmOptions>>().Value,
            sp.GetRequiredService<IOptions<OrchestrationOptions>>().Value));
        services.AddSingleton<InstanceRunner>();
        services.AddSingleton<WorkItemProcessor>();
        services.AddSingleton<AlignmentClient>();
        services.AddHostedService<StorageInitializer>();
        // Not AddHostedService: it keeps one registration per implementation type, and hosts add more QueueListeners.
        services.AddSingleton<IHostedService>(sp => new QueueListener(sp.GetRequiredService<WorkQueue>(), sp.GetRequiredService<WorkItemProcessor>(),
            sp.GetRequiredService<IOptions<OrchestrationOptions>>(), sp.GetRequiredService<ILogger<QueueListener>>()));
        return services;
    }
}
