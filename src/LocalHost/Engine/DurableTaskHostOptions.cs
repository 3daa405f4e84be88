using System.ComponentModel.DataAnnotations;

namespace Aligners.LocalHost.Engine;

/// <summary>
/// The Durable Task settings of host.json (<c>extensions.durableTask</c>), bound from where the
/// Functions host reads them, so the local engine runs with the deployment's settings.
/// </summary>
public sealed class DurableTaskHostOptions : IValidatableObject
{
    /// <summary>The section: host.json's <c>extensions.durableTask</c>.</summary>
    public const string Section = "AzureFunctionsJobHost:extensions:durableTask";

    /// <summary>The task hub: the engine's queues, tables and leases are named after it.</summary>
    [Required, RegularExpression("^[A-Za-z][A-Za-z0-9]{2,44}$", ErrorMessage = "hubName must be 3 to 45 letters and digits, starting with a letter.")]
    public string HubName { get; set; } = "aligners";

    /// <summary>The Azure Storage provider's settings.</summary>
    [Required]
    public StorageProviderOptions StorageProvider { get; set; } = new();

    /// <summary>Keep an orchestration's state in memory between its events (fewer history reads).</summary>
    public bool ExtendedSessionsEnabled { get; set; }

    /// <summary>How long an idle extended session stays in memory.</summary>
    [Range(1, 3600)]
    public int ExtendedSessionIdleTimeoutInSeconds { get; set; } = 30;

    /// <summary>Activities one worker runs at once.</summary>
    [Range(1, 1000)]
    public int MaxConcurrentActivityFunctions { get; set; } = 16;

    /// <summary>Orchestration episodes one worker runs at once.</summary>
    [Range(1, 1000)]
    public int MaxConcurrentOrchestratorFunctions { get; set; } = 16;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Options validation does not descend into nested objects by itself.
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(StorageProvider, new ValidationContext(StorageProvider), results, validateAllProperties: true);
        return results.Select(r => new ValidationResult(r.ErrorMessage, [.. r.MemberNames.Select(m => $"{nameof(StorageProvider)}.{m}")]));
    }
}

/// <summary>host.json's <c>extensions.durableTask.storageProvider</c>.</summary>
public sealed class StorageProviderOptions
{
    /// <summary>Control-queue partitions: the most workers that share orchestrations.</summary>
    [Range(1, 16)]
    public int PartitionCount { get; set; } = 4;

    /// <summary>The longest wait between polls of an idle queue.</summary>
    public TimeSpan MaxQueuePollingInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a control-queue message stays hidden while its orchestration runs. DTFx renews a
    /// lock 30 seconds before it lapses and never renews the messages it has fetched but not yet
    /// dispatched, so a shorter timeout lets them reappear on a busy worker; each reappearance
    /// doubles how long an abandoned message is then held back (up to ten minutes).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:30", "01:00:00", ErrorMessage = "controlQueueVisibilityTimeout must be between 30 seconds and 1 hour.")]
    public TimeSpan ControlQueueVisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long an activity's message stays hidden: after a crash, the wait before another worker
    /// runs it again. At least 30 seconds, for the reason above.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:30", "01:00:00", ErrorMessage = "workItemQueueVisibilityTimeout must be between 30 seconds and 1 hour.")]
    public TimeSpan WorkItemQueueVisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Control-queue messages fetched per poll.</summary>
    [Range(1, 32)]
    public int ControlQueueBatchSize { get; set; } = 32;
}
