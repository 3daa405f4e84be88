namespace Aligners.LocalHost.Engine;

/// <summary>
/// The work items a dispatcher holds, each counted once from its lock to its completion or
/// abandonment (the dispatcher may abandon one whose completion failed), so a stop can wait for
/// exactly the work in hand and no longer.
/// </summary>
public sealed class WorkInHand<T>
    where T : class
{
    private readonly HashSet<T> _held = new(ReferenceEqualityComparer.Instance);
    private TaskCompletionSource? _idle;

    /// <summary>How many are held now.</summary>
    public int Count
    {
        get
        {
            lock (_held)
            {
                return _held.Count;
            }
        }
    }

    /// <summary>Counts <paramref name="item"/> as held (a null, which a fetch returns on shutdown, is not).</summary>
    public T? Taken(T? item)
    {
        if (item is not null)
        {
            lock (_held)
            {
                _held.Add(item);
            }
        }
        return item;
    }

    /// <summary>Lets go of <paramref name="item"/>; the last one let go completes <see cref="WhenIdle"/>.</summary>
    public void Released(T item)
    {
        TaskCompletionSource? idle = null;
        lock (_held)
        {
            if (_held.Remove(item) && _held.Count == 0)
            {
                (idle, _idle) = (_idle, null);
            }
        }
        idle?.TrySetResult();
    }

    /// <summary>Completes once nothing is held.</summary>
    public Task WhenIdle()
    {
        lock (_held)
        {
            return _held.Count == 0 ? Task.CompletedTask : (_idle ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
        }
    }
}
