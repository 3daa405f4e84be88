using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aligners.Orchestration.Audit;
using Aligners.Orchestration.Privacy;
using Aligners.Orchestration.Telemetry;
using Aligners.Orchestration.Workflows;
using Microsoft.DurableTask;

namespace Aligners.Orchestration.Activities;

/// <summary>
/// Releases the answer to the caller under the policy's privacy mode (<see cref="PrivacyGuard.Release"/>)
/// and records what was found and how many placeholders got their values back, never the texts:
/// in mode <c>upstream</c> they hold the caller's values again.
/// </summary>
[WorkflowTask(ReleaseAnswerActivity.TaskName)]
public sealed class ReleaseAnswerActivity(PrivacyGuard guard, AuditRecorder audit) : TaskActivity<ReleaseCall, ReleasedAnswer>
{
    /// <summary>The name it is registered and called by on both hosts: release the answer to the caller: the caller's values back or redacted, anything else found redacted.</summary>
    public const string TaskName = "ReleaseAnswer";

    /// <summary>The audit entry's id.</summary>
    public const string EntryId = "privacy:release";

    /// <inheritdoc />
    public override async Task<ReleasedAnswer> RunAsync(TaskActivityContext context, ReleaseCall call)
    {
        using var span = AlignersTelemetry.StartActivitySpan(context.InstanceId, EntryId, ReleaseAnswerActivity.TaskName);
        var started = Stopwatch.GetTimestamp();
        // Pure: a delivery twice releases the same texts, so the record is written once and the result is not read back.
        var result = guard.Release(call);
        result = result with { DurationMs = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 3) };
        var data = new JsonObject
        {
            ["mode"] = call.Settings.Mode,
            ["restored"] = result.Restored,
            ["findings"] = JsonSerializer.SerializeToNode(result.Findings, WorkflowJson.Options),
            ["durationMs"] = result.DurationMs,
            ["worker"] = AuditRecorder.Worker,
        };
        await audit.RecordAsync(context.InstanceId, [.. call.Carried ?? [], new AuditCall(EntryId, AuditTypes.Released, data)]);
        AlignersTelemetry.ActivityDuration.Record(result.DurationMs, new KeyValuePair<string, object?>("activity", ReleaseAnswerActivity.TaskName));
        AlignersTelemetry.CountPrivacyFindings(result.Findings, "released");
        return result;
    }
}
