using Microsoft.DurableTask.Client;

namespace Aligners.Orchestration.Workflows;

/// <summary>
/// A Durable client that learns of an instance's end as the engine writes it (the local host's,
/// whose engine runs in the same process) rather than by polling storage.
/// </summary>
public interface IInstanceWaiter
{
    /// <summary>
    /// Waits until the instance ends or <paramref name="budget"/> passes (<see cref="Timeout.InfiniteTimeSpan"/>:
    /// until the end); returns its metadata with inputs and outputs, or null when it does not exist.
    /// </summary>
    Task<OrchestrationMetadata?> WaitWithinAsync(string instanceId, TimeSpan budget, CancellationToken ct);
}
