using Aligners.Orchestration.Activities;
using Aligners.Orchestration.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Aligners.Functions.Queues;

/// <summary>
/// Puts a message whose handling met a transient failure of a dependency back on its queue, as a
/// new message that becomes visible after a delay, instead of letting the failure count as one of
/// the host's delivery attempts.
/// </summary>
/// <remarks>
/// The host moves a message to the poison queue after <c>maxDequeueCount</c> failed deliveries,
/// a handful of tries within a minute; an inference server restarting for longer would otherwise
/// poison every request queued meanwhile, and nothing replays a poison queue by itself. Bad
/// messages still go to poison at once; bugs still fail and poison after the host's retries.
/// </remarks>
public sealed class TransientDeferral(AppStorage storage, IOptions<QueueOptions> queues, ILogger<TransientDeferral> log)
{
    /// <summary>Whether <paramref name="failure"/> is one to wait out rather than a fault of the message or the code.</summary>
    public static bool Applies(Exception failure, CancellationToken ct) => !ct.IsCancellationRequested && TransientFailures.IsTransient(failure);

    /// <summary>Sends <paramref name="message"/> again on <paramref name="queue"/>, visible after the failure's Retry-After or the configured delay.</summary>
    public async Task DeferAsync(string queue, string message, string messageId, Exception failure, CancellationToken ct)
    {
        var delay = TransientFailures.RetryAfter(failure) ?? TimeSpan.FromSeconds(queues.Value.TransientRetryDelaySeconds);
        log.LogWarning("{Queue} message {MessageId}: {Failure}; sent back to the queue, visible again in {Delay}", queue, messageId,
            TransientFailures.Describe(failure), delay);
        var client = storage.Queues.GetQueueClient(queue);
        await client.SendMessageAsync(message, visibilityTimeout: delay, cancellationToken: ct).ConfigureAwait(false);
    }
}
