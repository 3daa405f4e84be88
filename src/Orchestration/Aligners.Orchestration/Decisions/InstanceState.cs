using System.Text.Json;
using System.Text.Json.Nodes;
using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Journal;

namespace Aligners.Orchestration.Decisions;

/// <summary>The data of an <see cref="EventTypes.InstanceStarted"/> event.</summary>
public sealed record StartedData(
    AlignmentRequest Request,
    IReadOnlyList<string> Criteria,
    AlignmentPolicy Policy,
    string? JobId = null,
    string? IdempotencyKey = null);

/// <summary>A journaled activity completion.</summary>
public sealed record CompletedActivity(string Id, string Name, JsonObject Output, double DurationMs, int Attempts);

/// <summary>
/// An instance's state, replayed from its journal: replay is re-reading the journal, nothing else.
/// Building it is pure; the last event wins nothing, every event is folded in order.
/// </summary>
public sealed class InstanceState
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private InstanceState(StartedData started, DateTimeOffset created)
    {
        Started = started;
        CreatedAt = created;
        UpdatedAt = created;
    }

    /// <summary>The request, criteria and policy.</summary>
    public StartedData Started { get; }

    /// <summary>When the instance started.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>The time of the last event.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The sequence number of the last event folded in.</summary>
    public long LastSeq { get; private set; }

    /// <summary>Activities with a scheduling event.</summary>
    public HashSet<string> Scheduled { get; } = [];

    /// <summary>Activities with a completion event, by id.</summary>
    public Dictionary<string, CompletedActivity> Completed { get; } = [];

    /// <summary>Activities that failed permanently, with the reason.</summary>
    public Dictionary<string, string> Failed { get; } = [];

    /// <summary>The output, once completed.</summary>
    public AlignmentOutput? Output { get; private set; }

    /// <summary>The error, once failed.</summary>
    public string? Error { get; private set; }

    /// <summary>Whether the journal ends the instance.</summary>
    public bool IsTerminal => Output is not null || Error is not null;

    /// <summary>Folds a journal into a state.</summary>
    /// <exception cref="InvalidDataException">The journal does not start with an instance-started event.</exception>
    public static InstanceState Replay(IReadOnlyList<JournalEvent> events)
    {
        if (events.Count == 0 || events[0].Type != EventTypes.InstanceStarted)
        {
            throw new InvalidDataException("a journal must start with an InstanceStarted event");
        }
        var state = new InstanceState(events[0].Data.Deserialize<StartedData>(Json)
            ?? throw new InvalidDataException("InstanceStarted has no data"), events[0].Time);
        for (var i = 1; i < events.Count; i++)
        {
            state.Apply(events[i]);
        }
        return state;
    }

    /// <summary>Folds one more event in.</summary>
    public void Apply(JournalEvent e)
    {
        UpdatedAt = e.Time;
        LastSeq = e.Seq;
        var d = e.Data;
        switch (e.Type)
        {
            case EventTypes.ActivityScheduled:
                Scheduled.Add(Str(d, "activityId"));
                break;
            case EventTypes.ActivityCompleted:
                var id = Str(d, "activityId");
                // At-least-once: a second completion of the same activity is ignored.
                Completed.TryAdd(id, new CompletedActivity(id, Str(d, "name"), d["output"]?.AsObject() ?? [],
                    d["durationMs"]?.GetValue<double>() ?? 0, d["attempts"]?.GetValue<int>() ?? 1));
                break;
            case EventTypes.ActivityFailed:
                Failed.TryAdd(Str(d, "activityId"), d["error"]?.GetValue<string>() ?? "unknown error");
                break;
            case EventTypes.InstanceCompleted:
                Output = d["output"].Deserialize<AlignmentOutput>(Json);
                break;
            case EventTypes.InstanceFailed:
                Error = d["error"]?.GetValue<string>() ?? "unknown error";
                break;
        }
    }

    private static string Str(JsonObject d, string key) => d[key]?.GetValue<string>() ?? throw new InvalidDataException($"event data lacks '{key}'");
}
