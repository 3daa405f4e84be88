using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Aligners.Orchestration.Runtime;

/// <summary>How handling a work message ended.</summary>
public enum WorkOutcome
{
    /// <summary>The instance finished; delete the message.</summary>
    Done,

    /// <summary>It failed; leave the message to come back.</summary>
    Retry,

    /// <summary>It failed for the last time; the failure is journaled, move the message to the poison queue.</summary>
    Poison,
}

/// <summary>
/// The one code path for a work message, whether the Functions host delivered it or this app's
/// own queue listener did: advance the instance; on the last allowed attempt, journal the error
/// and mark the instance Failed before the message is poisoned.
/// </summary>
public sealed partial class WorkItemProcessor(InstanceRunner runner, IOptions<OrchestrationOptions> options, ILogger<WorkItemProcessor> logger)
{
    /// <summary>Handles one message text on its <paramref name="dequeueCount"/>-th delivery.</summary>
    public async Task<WorkOutcome> ProcessAsync(string text, long dequeueCount, CancellationToken ct)
    {
        var message = WorkQueue.Parse(text);
        if (message is null)
        {
            LogMalformed(logger, text.Length);
            return WorkOutcome.Poison;
        }
        try
        {
            await runner.AdvanceAsync(message.InstanceId, ct).ConfigureAwait(false);
            return WorkOutcome.Done;
        }
        catch (InstanceNotFoundException)
        {
            LogMissing(logger, message.InstanceId);
            return WorkOutcome.Done;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            var max = options.Value.MaxDequeueCount;
            LogAttemptFailed(logger, message.InstanceId, dequeueCount, max, e.GetType().Name, e);
            if (dequeueCount < max)
            {
                return WorkOutcome.Retry;
            }
            await runner.FailAsync(message.InstanceId,
                $"gave up after {dequeueCount} attempts; last error: {Activities.TransientFailures.Describe(e)}", ct).ConfigureAwait(false);
            return WorkOutcome.Poison;
        }
    }

    [LoggerMessage(EventId = 300, Level = LogLevel.Warning, Message = "Dropping a work message that is not one ({Length} characters)")]
    private static partial void LogMalformed(ILogger logger, int length);

    [LoggerMessage(EventId = 301, Level = LogLevel.Warning, Message = "Work message for instance {InstanceId}, which has no journal")]
    private static partial void LogMissing(ILogger logger, string instanceId);

    [LoggerMessage(EventId = 302, Level = LogLevel.Warning, Message = "Attempt {Attempt} of {Max} on instance {InstanceId} failed with {ErrorType}")]
    private static partial void LogAttemptFailed(ILogger logger, string instanceId, long attempt, int max, string errorType, Exception exception);
}
