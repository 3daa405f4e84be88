using System.Diagnostics;
using Aligners.Orchestration.Privacy;
using Aligners.Orchestration.Telemetry;
using Aligners.Orchestration.Workflows;
using Microsoft.DurableTask;

namespace Aligners.Orchestration.Activities;

/// <summary>
/// Scans the request before anything is recorded or sent and, in the redacting privacy modes,
/// replaces the values found by placeholders (<see cref="PrivacyGuard.Protect"/>). It writes no
/// audit entry: the orchestrator opens the record with the protected request and these findings,
/// and keeps the vault in its own state.
/// </summary>
[WorkflowTask(ProtectPromptActivity.TaskName)]
public sealed class ProtectPromptActivity(PrivacyGuard guard) : TaskActivity<ProtectCall, ProtectedRequest>
{
    /// <summary>The name it is registered and called by on both hosts: scan the request and, where the policy says so, put its personal data behind placeholders before the upstream LLM.</summary>
    public const string TaskName = "ProtectPrompt";

    /// <inheritdoc />
    public override Task<ProtectedRequest> RunAsync(TaskActivityContext context, ProtectCall call)
    {
        using var span = AlignersTelemetry.StartActivitySpan(context.InstanceId, "privacy:protect", ProtectPromptActivity.TaskName);
        var started = Stopwatch.GetTimestamp();
        var result = guard.Protect(call);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        AlignersTelemetry.ActivityDuration.Record(elapsed, new KeyValuePair<string, object?>("activity", ProtectPromptActivity.TaskName));
        AlignersTelemetry.CountPrivacyFindings(result.Findings, "request");
        return Task.FromResult(result with { DurationMs = Math.Round(elapsed, 3) });
    }
}
