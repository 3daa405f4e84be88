using System.Text.Json.Nodes;
using Aligners.Orchestration.Decisions;

namespace Aligners.Orchestration.Journal;

/// <summary>
/// One worker's view of one instance's journal: the events read so far, the replayed state, and
/// conditional appends that keep both in step. Appends are serialized per writer; a conflict
/// catches up with the other writer's events before it is reported.
/// </summary>
public sealed class JournalWriter
{
    private readonly JournalStore _store;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly List<JournalEvent> _events;
    private long _length;

    private JournalWriter(JournalStore store, TimeProvider clock, string instanceId, List<JournalEvent> events, long length)
    {
        _store = store;
        _clock = clock;
        InstanceId = instanceId;
        _events = events;
        _length = length;
        State = InstanceState.Replay(events);
    }

    /// <summary>The instance.</summary>
    public string InstanceId { get; }

    /// <summary>The replayed state, current with every event this writer has seen.</summary>
    public InstanceState State { get; }

    /// <summary>The events seen so far.</summary>
    public IReadOnlyList<JournalEvent> Events => _events;

    /// <summary>Storage operations this writer made (reads and appends).</summary>
    public int StorageOperations { get; private set; }

    /// <summary>Opens the journal of <paramref name="instanceId"/>; null when it does not exist or is still empty.</summary>
    public static async Task<JournalWriter?> OpenAsync(JournalStore store, TimeProvider clock, string instanceId, CancellationToken ct)
    {
        var read = await store.ReadAsync(instanceId, 0, ct).ConfigureAwait(false);
        if (read is null || read.Lines.Count == 0)
        {
            return null;
        }
        var events = read.Lines.Select(HashChain.Parse).ToList();
        return new JournalWriter(store, clock, instanceId, events, read.Length) { StorageOperations = 1 };
    }

    /// <summary>
    /// Appends events built from the current state, if <paramref name="stillWanted"/> agrees under
    /// the lock; returns false when it no longer does (another writer got there first).
    /// </summary>
    /// <exception cref="JournalConflictException">Another writer appended; the state has caught up, decide again.</exception>
    public async Task<bool> AppendAsync(IReadOnlyList<(string Type, JsonObject Data)> items, Func<InstanceState, bool> stillWanted, CancellationToken ct)
    {
        await _lock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (!stillWanted(State))
            {
                return false;
            }
            var sealedEvents = new List<JournalEvent>(items.Count);
            var prev = _events[^1].Hash;
            var seq = _events[^1].Seq;
            var now = _clock.GetUtcNow();
            foreach (var (type, data) in items)
            {
                var e = HashChain.Seal(++seq, type, now, data, prev);
                sealedEvents.Add(e);
                prev = e.Hash;
            }
            try
            {
                StorageOperations++;
                _length = await _store.AppendAsync(InstanceId, [.. sealedEvents.Select(HashChain.ToLine)], _length, ct).ConfigureAwait(false);
            }
            catch (JournalConflictException)
            {
                await CatchUpAsync(ct).ConfigureAwait(false);
                throw;
            }
            foreach (var e in sealedEvents)
            {
                _events.Add(e);
                State.Apply(e);
            }
            return true;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Appends one event when <paramref name="stillWanted"/> holds, catching up and re-checking on conflicts.</summary>
    public async Task<bool> AppendWhenAsync(string type, JsonObject data, Func<InstanceState, bool> stillWanted, CancellationToken ct)
    {
        while (true)
        {
            try
            {
                return await AppendAsync([(type, data)], stillWanted, ct).ConfigureAwait(false);
            }
            catch (JournalConflictException)
            {
                // Caught up inside AppendAsync; the predicate sees the other writer's events now.
            }
        }
    }

    private async Task CatchUpAsync(CancellationToken ct)
    {
        StorageOperations++;
        var read = await _store.ReadAsync(InstanceId, _length, ct).ConfigureAwait(false);
        if (read is null)
        {
            throw new InvalidOperationException($"journal of '{InstanceId}' disappeared");
        }
        foreach (var line in read.Lines)
        {
            var e = HashChain.Parse(line);
            _events.Add(e);
            State.Apply(e);
        }
        _length = read.Length;
    }
}
