using Aligners.Orchestration.Decisions;

namespace Aligners.Orchestration.Runtime;

/// <summary>
/// Told when an instance reaches a terminal state (completed or failed). Called at least once per
/// instance, possibly more after a crash, so implementations are idempotent.
/// </summary>
public interface IInstanceObserver
{
    /// <summary>The instance's journal ends with a completion or a failure.</summary>
    Task OnFinishedAsync(string instanceId, InstanceState state, CancellationToken cancellationToken);
}
