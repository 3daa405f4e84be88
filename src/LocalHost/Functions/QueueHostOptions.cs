using System.ComponentModel.DataAnnotations;

namespace Aligners.LocalHost.Functions;

/// <summary>host.json's <c>extensions.queues</c>: how queue triggers poll, retry and give up.</summary>
public sealed class QueueHostOptions
{
    /// <summary>The section.</summary>
    public const string Section = "AzureFunctionsJobHost:extensions:queues";

    /// <summary>Messages fetched per poll (and run at once).</summary>
    [Range(1, 32)]
    public int BatchSize { get; set; } = 16;

    /// <summary>The longest wait between polls of an empty queue.</summary>
    public TimeSpan MaxPollingInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a failed message stays hidden before its next attempt.</summary>
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.Zero;

    /// <summary>Attempts before a message goes to the poison queue.</summary>
    [Range(1, 1000)]
    public int MaxDequeueCount { get; set; } = 5;

    /// <summary>How messages are encoded: <c>none</c> (plain text) or <c>base64</c>.</summary>
    [RegularExpression("^(none|base64)$")]
    public string MessageEncoding { get; set; } = "base64";
}
