using System.Text.Json.Nodes;
using Aligners.Orchestration.Decisions;
using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Journal;

namespace Aligners.Orchestration.Tests.Decisions;

/// <summary>Builds journals in memory for decider tests.</summary>
internal sealed class JournalBuilder
{
    private readonly List<JournalEvent> _events = [];
    private DateTimeOffset _time = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public JournalBuilder(AlignmentRequest request, IReadOnlyList<string> criteria, AlignmentPolicy? policy = null)
    {
        Add(EventTypes.InstanceStarted, Decider.ToJson(new StartedData(request, criteria, policy ?? new AlignmentPolicy())));
    }

    public IReadOnlyList<JournalEvent> Events => _events;

    public InstanceState State => InstanceState.Replay(_events);

    public JournalBuilder Add(string type, JsonObject data)
    {
        var prev = _events.Count == 0 ? HashChain.Genesis : _events[^1].Hash;
        _time = _time.AddMilliseconds(10);
        _events.Add(HashChain.Seal(_events.Count, type, _time, data, prev));
        return this;
    }

    public JournalBuilder Schedule(ActivityCall call) =>
        Add(EventTypes.ActivityScheduled, new JsonObject { ["activityId"] = call.Id, ["name"] = call.Name, ["input"] = call.Input.DeepClone() });

    public JournalBuilder Complete(ActivityCall call, JsonObject output) =>
        Add(EventTypes.ActivityCompleted, new JsonObject
        {
            ["activityId"] = call.Id, ["name"] = call.Name, ["output"] = output.DeepClone(), ["durationMs"] = 1.5, ["attempts"] = 1,
        });

    public JournalBuilder Fail(ActivityCall call, string error) =>
        Add(EventTypes.ActivityFailed, new JsonObject { ["activityId"] = call.Id, ["name"] = call.Name, ["error"] = error });

    public static JsonObject Score(double s) => new() { ["score"] = s };

    public static JsonObject Text(string t) => new() { ["text"] = t };
}
