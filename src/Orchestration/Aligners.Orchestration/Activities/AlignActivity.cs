using System.Diagnostics;
using Aligners.Inference.Client;
using Aligners.Orchestration.Audit;
using Aligners.Orchestration.Telemetry;
using Aligners.Orchestration.Workflows;
using Microsoft.DurableTask;

namespace Aligners.Orchestration.Activities;

/// <summary>Rewrites one version of the answer with one criterion's aligner and records the rewrite.</summary>
public sealed class AlignActivity(IAlignmentInference inference, AuditLog audit) : TaskActivity<AlignCall, Rewrite>
{
    /// <inheritdoc />
    public override async Task<Rewrite> RunAsync(TaskActivityContext context, AlignCall call)
    {
        var entryId = $"align:{call.Version}:{call.Criterion}";
        using var span = AlignersTelemetry.StartActivitySpan(context.InstanceId, entryId, WorkflowNames.Align);
        var started = Stopwatch.GetTimestamp();
        var result = await ActivityFailures.ClassifyAsync(() => inference.AlignAsync(call.Criterion, call.Prompt, call.Text));
        // An empty rewrite would erase the answer: keep the input and say so.
        var empty = string.IsNullOrWhiteSpace(result.Aligned);
        var rewrite = new Rewrite(call.Criterion, call.Version, empty ? call.Text : result.Aligned, empty, result.Model, result.InputTokens,
            result.OutputTokens, result.FinishReason, Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 3));
        AlignersTelemetry.ActivityDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("activity", WorkflowNames.Align));
        AlignersTelemetry.AlignersApplied.Add(1, new KeyValuePair<string, object?>("criterion", call.Criterion));
        return await AuditedResult.RecordAsync(audit, context.InstanceId, entryId, AuditTypes.Rewritten, rewrite);
    }
}
