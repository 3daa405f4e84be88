using System.Text.Json.Nodes;

namespace Aligners.Orchestration.Journal;

/// <summary>
/// One line of an instance's journal: <c>{seq, type, time, data, prev, hash}</c>. <see cref="Hash"/>
/// is SHA-256 over <see cref="Prev"/> and the event's canonical JSON (see <see cref="HashChain"/>),
/// so changing any event breaks the chain from there on.
/// </summary>
public sealed record JournalEvent(long Seq, string Type, DateTimeOffset Time, JsonObject Data, string Prev, string Hash);

/// <summary>The event types of a journal.</summary>
public static class EventTypes
{
    /// <summary>First event: the request, the resolved criteria and policy.</summary>
    public const string InstanceStarted = "InstanceStarted";

    /// <summary>An activity is about to run.</summary>
    public const string ActivityScheduled = "ActivityScheduled";

    /// <summary>An activity finished; its output is in the data.</summary>
    public const string ActivityCompleted = "ActivityCompleted";

    /// <summary>An activity failed permanently; the reason is in the data.</summary>
    public const string ActivityFailed = "ActivityFailed";

    /// <summary>Last event of a successful instance: the output.</summary>
    public const string InstanceCompleted = "InstanceCompleted";

    /// <summary>Last event of a failed instance: the error.</summary>
    public const string InstanceFailed = "InstanceFailed";
}
