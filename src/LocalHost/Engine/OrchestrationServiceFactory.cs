using Aligners.Orchestration.Storage;
using Azure.Identity;
using DurableTask.AzureStorage;

namespace Aligners.LocalHost.Engine;

/// <summary>
/// Builds DTFx's <see cref="AzureStorageOrchestrationService"/> (the engine of Durable Functions'
/// Azure Storage backend) on the app's storage account with host.json's <c>durableTask</c> settings,
/// as the Functions host maps them.
/// </summary>
public static class OrchestrationServiceFactory
{
    /// <summary>Where this host's worker identity is configured; it defaults to the machine name.</summary>
    public const string WorkerIdKey = "LocalHost:WorkerId";

    /// <summary>The engine for <paramref name="options"/> on the storage <paramref name="configuration"/> names.</summary>
    public static AzureStorageOrchestrationService Create(IConfiguration configuration, DurableTaskHostOptions options, ILoggerFactory logs)
    {
        var provider = options.StorageProvider;
        var clients = AppStorage.ConnectionString(configuration) is { } connection
            ? new StorageAccountClientProvider(connection)
            : new StorageAccountClientProvider(configuration[$"{AppStorage.ConnectionName}:accountName"]
                ?? throw new InvalidOperationException($"No storage is configured: set {AppStorage.ConnectionName}."), new DefaultAzureCredential());
        return new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = options.HubName,
            StorageAccountClientProvider = clients,
            PartitionCount = provider.PartitionCount,
            // A fixed worker id lets a restarted process take its partitions' leases back at once.
            WorkerId = configuration[WorkerIdKey] is { Length: > 0 } id ? id : Environment.MachineName,
            MaxQueuePollingInterval = provider.MaxQueuePollingInterval,
            ControlQueueVisibilityTimeout = provider.ControlQueueVisibilityTimeout,
            WorkItemQueueVisibilityTimeout = provider.WorkItemQueueVisibilityTimeout,
            ControlQueueBatchSize = provider.ControlQueueBatchSize,
            ExtendedSessionsEnabled = options.ExtendedSessionsEnabled,
            ExtendedSessionIdleTimeout = TimeSpan.FromSeconds(options.ExtendedSessionIdleTimeoutInSeconds),
            MaxConcurrentTaskActivityWorkItems = options.MaxConcurrentActivityFunctions,
            MaxConcurrentTaskOrchestrationWorkItems = options.MaxConcurrentOrchestratorFunctions,
            // Starting an id that exists must fail rather than silently do nothing: idempotent starts rely on it.
            ThrowExceptionOnInvalidDedupeStatus = true,
            LoggerFactory = logs,
        });
    }
}
