using Aligners.Orchestration.Activities;
using Aligners.Orchestration.Bulk;
using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Workflows;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Aligners.Functions.Workflows;

/// <summary>
/// The Functions host's entry points into the workflows: one line each, the same names the local
/// host registers them under (each class's <c>TaskName</c>). The workflow classes know nothing of Functions.
/// </summary>
public sealed class WorkflowFunctions(
    ProtectPromptActivity protect, ReleaseAnswerActivity release, CallLlmActivity llm, InspectActivity inspect, AlignActivity align, CompareTopicActivity topic, QueueReviewActivity review, RecordAuditActivity audit,
    DeliverResultActivity deliver, ReadBulkChunkActivity readChunk, WriteBulkChunkActivity writeChunk, FailBulkChunkActivity failChunk,
    AssembleBulkResultsActivity assemble)
{
    /// <summary>The alignment orchestrator.</summary>
    [Function(AlignmentOrchestrator.TaskName)]
    public static Task<AlignmentOutput> Alignment([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new AlignmentOrchestrator().RunAsync(context, context.GetInput<AlignmentInput>()!);

    /// <summary>The bulk job orchestrator.</summary>
    [Function(BulkJobOrchestrator.TaskName)]
    public static Task<BulkProgress> BulkJob([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new BulkJobOrchestrator().RunAsync(context, context.GetInput<BulkJobInput>()!);

    /// <summary>The bulk chunk orchestrator.</summary>
    [Function(BulkChunkOrchestrator.TaskName)]
    public static Task<BulkChunkResult> BulkChunk([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new BulkChunkOrchestrator().RunAsync(context, context.GetInput<BulkChunk>()!);

    /// <summary>The request scanned, and its personal data behind placeholders where the policy says so.</summary>
    [Function(ProtectPromptActivity.TaskName)]
    public Task<ProtectedRequest> ProtectPrompt([ActivityTrigger] ProtectCall call, string instanceId) =>
        protect.RunAsync(Context(ProtectPromptActivity.TaskName, instanceId), call);

    /// <summary>The answer released to the caller under the privacy mode.</summary>
    [Function(ReleaseAnswerActivity.TaskName)]
    public Task<ReleasedAnswer> ReleaseAnswer([ActivityTrigger] ReleaseCall call, string instanceId) =>
        release.RunAsync(Context(ReleaseAnswerActivity.TaskName, instanceId), call);

    /// <summary>The upstream LLM call.</summary>
    [Function(CallLlmActivity.TaskName)]
    public Task<LlmAnswer> CallLlm([ActivityTrigger] LlmCall call, string instanceId) => llm.RunAsync(Context(CallLlmActivity.TaskName, instanceId), call);

    /// <summary>One inspection.</summary>
    [Function(InspectActivity.TaskName)]
    public Task<InspectorScore> Inspect([ActivityTrigger] InspectCall call, string instanceId) => inspect.RunAsync(Context(InspectActivity.TaskName, instanceId), call);

    /// <summary>One rewrite.</summary>
    [Function(AlignActivity.TaskName)]
    public Task<Rewrite> Align([ActivityTrigger] AlignCall call, string instanceId) => align.RunAsync(Context(AlignActivity.TaskName, instanceId), call);

    /// <summary>A rewrite's topic against the replaced text's.</summary>
    [Function(CompareTopicActivity.TaskName)]
    public Task<TopicSimilarity> CompareTopic([ActivityTrigger] TopicCall call, string instanceId) =>
        topic.RunAsync(Context(CompareTopicActivity.TaskName, instanceId), call);

    /// <summary>A finished answer onto the review queue.</summary>
    [Function(QueueReviewActivity.TaskName)]
    public Task<bool> QueueReview([ActivityTrigger] ReviewCall call, string instanceId) => review.RunAsync(Context(QueueReviewActivity.TaskName, instanceId), call);

    /// <summary>An audit entry the orchestration states.</summary>
    [Function(RecordAuditActivity.TaskName)]
    public Task<long> RecordAudit([ActivityTrigger] AuditCall call, string instanceId) => audit.RunAsync(Context(RecordAuditActivity.TaskName, instanceId), call);

    /// <summary>The queue path's result blob and notification.</summary>
    [Function(DeliverResultActivity.TaskName)]
    public Task<bool> DeliverResult([ActivityTrigger] Delivery delivery, string instanceId) =>
        deliver.RunAsync(Context(DeliverResultActivity.TaskName, instanceId), delivery);

    /// <summary>A bulk chunk's lines.</summary>
    [Function(ReadBulkChunkActivity.TaskName)]
    public Task<IReadOnlyList<BulkLine>> ReadBulkChunk([ActivityTrigger] BulkChunk chunk, string instanceId) =>
        readChunk.RunAsync(Context(ReadBulkChunkActivity.TaskName, instanceId), chunk);

    /// <summary>A bulk chunk's results.</summary>
    [Function(WriteBulkChunkActivity.TaskName)]
    public Task<int> WriteBulkChunk([ActivityTrigger] BulkChunkLines lines, string instanceId) =>
        writeChunk.RunAsync(Context(WriteBulkChunkActivity.TaskName, instanceId), lines);

    /// <summary>The results of a bulk chunk that failed whole.</summary>
    [Function(FailBulkChunkActivity.TaskName)]
    public Task<int> FailBulkChunk([ActivityTrigger] FailedBulkChunk failed, string instanceId) =>
        failChunk.RunAsync(Context(FailBulkChunkActivity.TaskName, instanceId), failed);

    /// <summary>A bulk job's results blob.</summary>
    [Function(AssembleBulkResultsActivity.TaskName)]
    public Task<string> AssembleBulkResults([ActivityTrigger] BulkJobInput job, string instanceId) =>
        assemble.RunAsync(Context(AssembleBulkResultsActivity.TaskName, instanceId), job);

    private static TaskActivityContext Context(string name, string instanceId) => new FunctionActivityContext(name, instanceId);

    /// <summary>The activity context the Functions host does not hand over: its name and instance, as the Durable Task source generator builds it.</summary>
    private sealed class FunctionActivityContext(TaskName name, string instanceId) : TaskActivityContext
    {
        public override TaskName Name { get; } = name;

        public override string InstanceId { get; } = instanceId;
    }
}
