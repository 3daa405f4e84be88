using System.Diagnostics;
using Aligners.Inference.Client;
using Aligners.Orchestration.Audit;
using Aligners.Orchestration.Decisions;
using Aligners.Orchestration.Telemetry;
using Aligners.Orchestration.Workflows;
using Microsoft.DurableTask;

namespace Aligners.Orchestration.Activities;

/// <summary>
/// How close a rewrite and the text it would replace stay to the prompt, and how close the request
/// a refusing rewrite restates is to it, under the pretrained sentence encoder; recorded.
/// </summary>
[WorkflowTask(CompareTopicActivity.TaskName)]
public sealed class CompareTopicActivity(IAlignmentInference inference, AuditRecorder audit) : TaskActivity<TopicCall, TopicSimilarity>
{
    /// <summary>The name it is registered and called by on both hosts: compare a rewrite's and the replaced text's similarity to the prompt.</summary>
    public const string TaskName = "CompareTopic";

    /// <inheritdoc />
    public override async Task<TopicSimilarity> RunAsync(TaskActivityContext context, TopicCall call)
    {
        var entryId = $"topic:{call.Version}:{call.Criterion}";
        using var span = AlignersTelemetry.StartActivitySpan(context.InstanceId, entryId, CompareTopicActivity.TaskName);
        var started = Stopwatch.GetTimestamp();
        var restatement = RefusalRestatement.Of(call.Rewrite);
        var similarities = await ActivityFailures.ClassifyAsync(() => inference.SimilaritiesAsync(call.Prompt,
            restatement is null ? [call.Previous, call.Rewrite] : [call.Previous, call.Rewrite, restatement]));
        var result = new TopicSimilarity(call.Criterion, call.Version, Math.Round((double)similarities[0], 6), Math.Round((double)similarities[1], 6),
            Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 3), restatement,
            restatement is null ? null : Math.Round((double)similarities[2], 6));
        return await audit.RecordResultAsync(context.InstanceId, null, entryId, AuditTypes.TopicCompared, result);
    }
}
