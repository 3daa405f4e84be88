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
[WorkflowTask(WorkflowNames.ProtectPrompt)]
public sealed class ProtectPromptActivity(PrivacyGuard guard) : TaskActivity<ProtectCall, ProtectedRequest>
{
    /// <inheritdoc />
    public override Task<ProtectedRequest> RunAsync(TaskActivityContext context, ProtectCall call)
    {
        using var span = AlignersTelemetry.StartActivitySpan(context.InstanceId, "privacy:protect", WorkflowNames.ProtectPrompt);
        var started = Stopwatch.GetTimestamp();
        var result = guard.Protect(call);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        AlignersTelemetry.ActivityDuration.Record(elapsed, new KeyValuePair<string, object?>("activity", WorkflowNames.ProtectPrompt));
        AlignersTelemetry.CountPrivacyFindings(result.Findings, "request");
        return Task.FromResult(result with { DurationMs = Math.Round(elapsed, 3) });
    }
}
