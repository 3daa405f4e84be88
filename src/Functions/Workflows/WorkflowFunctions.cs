using Aligners.Orchestration.Activities;
using Aligners.Orchestration.Bulk;
using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Workflows;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Aligners.Functions.Workflows;

/// <summary>
/// The Functions host's entry points into the workflows: one line each, the same names the local
/// host registers them under (<see cref="WorkflowNames"/>). The workflow classes know nothing of Functions.
/// </summary>
public sealed class WorkflowFunctions(
    ProtectPromptActivity protect, ReleaseAnswerActivity release, CallLlmActivity llm, InspectActivity inspect, AlignActivity align, CompareTopicActivity topic, QueueReviewActivity review, RecordAuditActivity audit,
    DeliverResultActivity deliver, ReadBulkChunkActivity readChunk, WriteBulkChunkActivity writeChunk, FailBulkChunkActivity failChunk,
    AssembleBulkResultsActivity assemble)
{
    /// <summary>The alignment orchestrator.</summary>
    [Function(WorkflowNames.Alignment)]
    public static Task<AlignmentOutput> Alignment([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new AlignmentOrchestrator().RunAsync(context, context.GetInput<AlignmentInput>()!);

    /// <summary>The bulk job orchestrator.</summary>
    [Function(WorkflowNames.BulkJob)]
    public static Task<BulkProgress> BulkJob([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new BulkJobOrchestrator().RunAsync(context, context.GetInput<BulkJobInput>()!);

    /// <summary>The bulk chunk orchestrator.</summary>
    [Function(WorkflowNames.BulkChunk)]
    public static Task<BulkChunkResult> BulkChunk([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new BulkChunkOrchestrator().RunAsync(context, context.GetInput<BulkChunk>()!);

    /// <summary>The request scanned, and its personal data behind placeholders where the policy says so.</summary>
    [Function(WorkflowNames.ProtectPrompt)]
    public Task<ProtectedRequest> ProtectPrompt([ActivityTrigger] ProtectCall call, string instanceId) =>
        protect.RunAsync(Context(WorkflowNames.ProtectPrompt, instanceId), call);

    /// <summary>The answer released to the caller under the privacy mode.</summary>
    [Function(WorkflowNames.ReleaseAnswer)]
    public Task<ReleasedAnswer> ReleaseAnswer([ActivityTrigger] ReleaseCall call, string instanceId) =>
        release.RunAsync(Context(WorkflowNames.ReleaseAnswer, instanceId), call);

    /// <summary>The upstream LLM call.</summary>
    [Function(WorkflowNames.CallLlm)]
    public Task<LlmAnswer> CallLlm([ActivityTrigger] LlmCall call, string instanceId) => llm.RunAsync(Context(WorkflowNames.CallLlm, instanceId), call);

    /// <summary>One inspection.</summary>
    [Function(WorkflowNames.Inspect)]
    public Task<InspectorScore> Inspect([ActivityTrigger] InspectCall call, string instanceId) => inspect.RunAsync(Context(WorkflowNames.Inspect, instanceId), call);

    /// <summary>One rewrite.</summary>
    [Function(WorkflowNames.Align)]
    public Task<Rewrite> Align([ActivityTrigger] AlignCall call, string instanceId) => align.RunAsync(Context(WorkflowNames.Align, instanceId), call);

    /// <summary>A rewrite's topic against the replaced text's.</summary>
    [Function(WorkflowNames.CompareTopic)]
    public Task<TopicSimilarity> CompareTopic([ActivityTrigger] TopicCall call, string instanceId) =>
        topic.RunAsync(Context(WorkflowNames.CompareTopic, instanceId), call);

    /// <summary>A finished answer onto the review queue.</summary>
    [Function(WorkflowNames.QueueReview)]
    public Task<bool> QueueReview([ActivityTrigger] ReviewCall call, string instanceId) => review.RunAsync(Context(WorkflowNames.QueueReview, instanceId), call);

    /// <summary>An audit entry the orchestration states.</summary>
    [Function(WorkflowNames.RecordAudit)]
    public Task<long> RecordAudit([ActivityTrigger] AuditCall call, string instanceId) => audit.RunAsync(Context(WorkflowNames.RecordAudit, instanceId), call);

    /// <summary>The queue path's result blob and notification.</summary>
    [Function(WorkflowNames.DeliverResult)]
    public Task<bool> DeliverResult([ActivityTrigger] Delivery delivery, string instanceId) =>
        deliver.RunAsync(Context(WorkflowNames.DeliverResult, instanceId), delivery);

    /// <summary>A bulk chunk's lines.</summary>
    [Function(WorkflowNames.ReadBulkChunk)]
    public Task<IReadOnlyList<BulkLine>> ReadBulkChunk([ActivityTrigger] BulkChunk chunk, string instanceId) =>
        readChunk.RunAsync(Context(WorkflowNames.ReadBulkChunk, instanceId), chunk);

    /// <summary>A bulk chunk's results.</summary>
    [Function(WorkflowNames.WriteBulkChunk)]
    public Task<int> WriteBulkChunk([ActivityTrigger] BulkChunkLines lines, string instanceId) =>
        writeChunk.RunAsync(Context(WorkflowNames.WriteBulkChunk, instanceId), lines);

    /// <summary>The results of a bulk chunk that failed whole.</summary>
    [Function(WorkflowNames.FailBulkChunk)]
    public Task<int> FailBulkChunk([ActivityTrigger] FailedBulkChunk failed, string instanceId) =>
        failChunk.RunAsync(Context(WorkflowNames.FailBulkChunk, instanceId), failed);

    /// <summary>A bulk job's results blob.</summary>
    [Function(WorkflowNames.AssembleBulkResults)]
    public Task<string> AssembleBulkResults([ActivityTrigger] BulkJobInput job, string instanceId) =>
        assemble.RunAsync(Context(WorkflowNames.AssembleBulkResults, instanceId), job);

    private static TaskActivityContext Context(string name, string instanceId) => new FunctionActivityContext(name, instanceId);

    /// <summary>The activity context the Functions host does not hand over: its name and instance, as the Durable Task source generator builds it.</summary>
    private sealed class FunctionActivityContext(TaskName name, string instanceId) : TaskActivityContext
    {
        public override TaskName Name { get; } = name;

        public override string InstanceId { get; } = instanceId;
    }
}
