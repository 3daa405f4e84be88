using System.ComponentModel.DataAnnotations;

namespace Aligners.Orchestration.Storage;

/// <summary>
/// The app's queues. The queue triggers name them through binding expressions
/// (<c>%Queues:AlignRequests%</c>), so the same settings rename them for the Functions host and
/// the local host alike.
/// </summary>
public sealed class QueueOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Queues";

    /// <summary>Align requests from other systems, one per message.</summary>
    [Required, RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string AlignRequests { get; set; } = "align-requests";

    /// <summary>Notifications that a queued request's or bulk job's result is in the results container.</summary>
    [Required, RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string AlignResults { get; set; } = "align-results";

    /// <summary>Bulk jobs from other systems: <c>{"blob": "name.jsonl"}</c> naming a blob in the inputs container.</summary>
    [Required, RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string BulkRequests { get; set; } = "bulk-requests";

    /// <summary>
    /// How long a message waits before it is tried again after a transient failure of a dependency
    /// (the inference server, storage) that gave no Retry-After: it goes back on its queue as a new
    /// message, so an outage never counts towards the host's <c>maxDequeueCount</c> and poisons nothing.
    /// </summary>
    [Range(1, 3600)]
    public int TransientRetryDelaySeconds { get; set; } = 30;

    /// <summary>The poison queue of <paramref name="queue"/>, as the Functions host names it.</summary>
    public static string PoisonOf(string queue) => queue + "-poison";
}
