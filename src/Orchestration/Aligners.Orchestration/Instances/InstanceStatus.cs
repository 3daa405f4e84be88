namespace Aligners.Orchestration.Instances;

/// <summary>The lifecycle of an instance, as Durable Functions names it.</summary>
public enum RuntimeStatus
{
    /// <summary>Started, no activity has run yet.</summary>
    Pending,

    /// <summary>Activities are running.</summary>
    Running,

    /// <summary>Finished with a result.</summary>
    Completed,

    /// <summary>Finished with an error.</summary>
    Failed,
}

/// <summary>Where an instance stands.</summary>
public sealed record InstanceStatus(
    string InstanceId,
    RuntimeStatus RuntimeStatus,
    string Stage,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? JobId,
    AlignmentOutput? Output,
    string? Error);
