using System.Diagnostics;
using Aligners.Inference.Client;
using Aligners.Orchestration.Audit;
using Aligners.Orchestration.Telemetry;
using Aligners.Orchestration.Workflows;
using Microsoft.DurableTask;

namespace Aligners.Orchestration.Activities;

/// <summary>Scores one version of the answer under one criterion and records the score.</summary>
public sealed class InspectActivity(IAlignmentInference inference, AuditLog audit) : TaskActivity<InspectCall, InspectorScore>
{
    /// <inheritdoc />
    public override async Task<InspectorScore> RunAsync(TaskActivityContext context, InspectCall call)
    {
        var entryId = $"inspect:{call.Version}:{call.Criterion}";
        using var span = AlignersTelemetry.StartActivitySpan(context.InstanceId, entryId, WorkflowNames.Inspect);
        var started = Stopwatch.GetTimestamp();
        var score = await ActivityFailures.ClassifyAsync(() => inference.InspectAsync(call.Criterion, call.Prompt, call.Text));
        var result = new InspectorScore(call.Criterion, call.Version, Math.Round((double)score, 6),
            Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 3));
        AlignersTelemetry.ActivityDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("activity", WorkflowNames.Inspect));
        AlignersTelemetry.InspectorScore.Record(result.Score, new KeyValuePair<string, object?>("criterion", call.Criterion));
        return await AuditedResult.RecordAsync(audit, context.InstanceId, entryId, AuditTypes.Inspected, result);
    }
}
