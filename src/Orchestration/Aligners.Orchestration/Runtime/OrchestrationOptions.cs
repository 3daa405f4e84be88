using System.ComponentModel.DataAnnotations;

namespace Aligners.Orchestration.Runtime;

/// <summary>The runtime's settings: queues, dequeue limits, concurrency, retries.</summary>
public sealed class OrchestrationOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Orchestration";

    /// <summary>The work queue: one id-only message per instance that needs progress.</summary>
    [Required, RegularExpression("^[a-z0-9]([a-z0-9-]{1,61}[a-z0-9])$")]
    public string WorkQueue { get; set; } = "alignment-work";

    /// <summary>Where messages go after <see cref="MaxDequeueCount"/> failed attempts.</summary>
    public string PoisonQueue => WorkQueue + "-poison";

    /// <summary>Attempts per message before it is poisoned and its instance marked Failed.</summary>
    [Range(1, 100)]
    public int MaxDequeueCount { get; set; } = 5;

    /// <summary>How long a received message stays invisible; the worker extends it while it works.</summary>
    [Range(5, 3600)]
    public int VisibilityTimeoutSeconds { get; set; } = 30;

    /// <summary>Instances one worker advances at the same time.</summary>
    [Range(1, 1024)]
    public int MaxConcurrentInstances { get; set; } = 16;

    /// <summary>Longest wait between polls of an empty queue, in milliseconds.</summary>
    [Range(10, 60_000)]
    public int MaxPollIntervalMilliseconds { get; set; } = 1000;

    /// <summary>Retries of a transient activity failure inside one attempt.</summary>
    [Range(0, 20)]
    public int ActivityMaxRetries { get; set; } = 4;

    /// <summary>The first retry delay; it doubles each time, with jitter.</summary>
    [Range(1, 60_000)]
    public int ActivityRetryBaseDelayMilliseconds { get; set; } = 200;

    /// <summary>The longest retry delay, also the cap on a server's Retry-After.</summary>
    [Range(1, 600_000)]
    public int ActivityRetryMaxDelayMilliseconds { get; set; } = 20_000;

    /// <summary>Poll the work queue from this process. Off where a Functions host delivers the messages.</summary>
    public bool ListenToQueues { get; set; } = true;
}
