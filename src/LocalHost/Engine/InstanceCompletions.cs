using DurableTask.Core;

namespace Aligners.LocalHost.Engine;

/// <summary>
/// Where the in-process engine tells waiting callers that an instance has ended: the engine reports
/// each ended instance's state as it is written, and a wait registered for that id completes with
/// it. An instance with no one waiting costs one dictionary look-up.
/// </summary>
public sealed class InstanceCompletions
{
    private readonly Dictionary<string, Waiters> _waiting = new(StringComparer.Ordinal);

    /// <summary>
    /// Starts listening for <paramref name="instanceId"/>'s end; register before reading the
    /// instance's state, so an end between the read and the wait is not missed. Dispose to stop.
    /// </summary>
    public Registration Register(string instanceId)
    {
        lock (_waiting)
        {
            if (!_waiting.TryGetValue(instanceId, out var waiters))
            {
                _waiting[instanceId] = waiters = new Waiters();
            }
            waiters.Count++;
            return new Registration(this, instanceId, waiters);
        }
    }

    /// <summary>Completes the waits for the instance <paramref name="state"/> describes, which has ended and been written.</summary>
    public void Complete(OrchestrationState state)
    {
        Waiters? waiters;
        lock (_waiting)
        {
            if (!_waiting.Remove(state.OrchestrationInstance.InstanceId, out waiters))
            {
                return;
            }
        }
        waiters.Ended.TrySetResult(state);
    }

    /// <summary>How many instances someone waits for (for tests: every wait must let go).</summary>
    public int Waiting
    {
        get
        {
            lock (_waiting)
            {
                return _waiting.Count;
            }
        }
    }

    private void Release(string instanceId, Waiters waiters)
    {
        lock (_waiting)
        {
            if (--waiters.Count == 0 && _waiting.TryGetValue(instanceId, out var current) && current == waiters)
            {
                _waiting.Remove(instanceId);
            }
        }
    }

    internal sealed class Waiters
    {
        public TaskCompletionSource<OrchestrationState> Ended { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Count { get; set; }
    }

    /// <summary>A wait for one instance's end.</summary>
    public sealed class Registration : IDisposable
    {
        private readonly InstanceCompletions _owner;
        private readonly string _instanceId;
        private readonly Waiters _waiters;
        private int _disposed;

        internal Registration(InstanceCompletions owner, string instanceId, Waiters waiters)
        {
            _owner = owner;
            _instanceId = instanceId;
            _waiters = waiters;
        }

        /// <summary>Completes with the instance's state when the engine in this process ends it.</summary>
        public Task<OrchestrationState> Ended => _waiters.Ended.Task;

        /// <inheritdoc />
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                _owner.Release(_instanceId, _waiters);
            }
        }
    }
}
