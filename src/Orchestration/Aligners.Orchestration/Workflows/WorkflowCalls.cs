using Aligners.Orchestration.Activities;
using Aligners.Orchestration.Bulk;
using Aligners.Orchestration.Instances;
using Microsoft.DurableTask;

namespace Aligners.Orchestration.Workflows;

/// <summary>
/// The orchestrators' calls of each activity and sub-orchestrator, typed: a call names its input
/// and result types once, here, beside the task's name, so an orchestrator cannot call a task with
/// the wrong input or read its result as the wrong type.
/// </summary>
public static class WorkflowCalls
{
    /// <summary><see cref="ProtectPromptActivity"/>: the request scanned and, per the policy, behind placeholders.</summary>
    public static Task<ProtectedRequest> ProtectPromptAsync(this TaskOrchestrationContext context, ProtectCall call, TaskOptions options) =>
        context.CallActivityAsync<ProtectedRequest>(ProtectPromptActivity.TaskName, call, options);

    /// <summary><see cref="ReleaseAnswerActivity"/>: the answer released under the privacy mode.</summary>
    public static Task<ReleasedAnswer> ReleaseAnswerAsync(this TaskOrchestrationContext context, ReleaseCall call, TaskOptions options) =>
        context.CallActivityAsync<ReleasedAnswer>(ReleaseAnswerActivity.TaskName, call, options);

    /// <summary><see cref="CallLlmActivity"/>: the upstream LLM's answer.</summary>
    public static Task<LlmAnswer> CallLlmAsync(this TaskOrchestrationContext context, LlmCall call, TaskOptions options) =>
        context.CallActivityAsync<LlmAnswer>(CallLlmActivity.TaskName, call, options);

    /// <summary><see cref="InspectActivity"/>: one criterion's score of one version.</summary>
    public static Task<InspectorScore> InspectAsync(this TaskOrchestrationContext context, InspectCall call, TaskOptions options) =>
        context.CallActivityAsync<InspectorScore>(InspectActivity.TaskName, call, options);

    /// <summary><see cref="AlignActivity"/>: one criterion's rewrite of one version.</summary>
    public static Task<Rewrite> RewriteAsync(this TaskOrchestrationContext context, AlignCall call, TaskOptions options) =>
        context.CallActivityAsync<Rewrite>(AlignActivity.TaskName, call, options);

    /// <summary><see cref="CompareTopicActivity"/>: a rewrite's topic against the replaced text's.</summary>
    public static Task<TopicSimilarity> CompareTopicAsync(this TaskOrchestrationContext context, TopicCall call, TaskOptions options) =>
        context.CallActivityAsync<TopicSimilarity>(CompareTopicActivity.TaskName, call, options);

    /// <summary><see cref="RecordAuditActivity"/>: an entry the orchestration states, appended to the audit record.</summary>
    public static Task<long> RecordAuditAsync(this TaskOrchestrationContext context, AuditCall call, TaskOptions options) =>
        context.CallActivityAsync<long>(RecordAuditActivity.TaskName, call, options);

    /// <summary><see cref="QueueReviewActivity"/>: a finished answer onto the review queue.</summary>
    public static Task<bool> QueueReviewAsync(this TaskOrchestrationContext context, ReviewCall call, TaskOptions options) =>
        context.CallActivityAsync<bool>(QueueReviewActivity.TaskName, call, options);

    /// <summary><see cref="DeliverResultActivity"/>: a queued request's result blob and notification.</summary>
    public static Task<bool> DeliverResultAsync(this TaskOrchestrationContext context, Delivery delivery, TaskOptions options) =>
        context.CallActivityAsync<bool>(DeliverResultActivity.TaskName, delivery, options);

    /// <summary><see cref="ReadBulkChunkActivity"/>: a bulk chunk's lines.</summary>
    public static Task<IReadOnlyList<BulkLine>> ReadBulkChunkAsync(this TaskOrchestrationContext context, BulkChunk chunk, TaskOptions options) =>
        context.CallActivityAsync<IReadOnlyList<BulkLine>>(ReadBulkChunkActivity.TaskName, chunk, options);

    /// <summary><see cref="WriteBulkChunkActivity"/>: a bulk chunk's result lines; how many were written.</summary>
    public static Task<int> WriteBulkChunkAsync(this TaskOrchestrationContext context, BulkChunkLines lines, TaskOptions options) =>
        context.CallActivityAsync<int>(WriteBulkChunkActivity.TaskName, lines, options);

    /// <summary><see cref="FailBulkChunkActivity"/>: the result lines of a chunk that failed whole.</summary>
    public static Task<int> FailBulkChunkAsync(this TaskOrchestrationContext context, FailedBulkChunk failed, TaskOptions options) =>
        context.CallActivityAsync<int>(FailBulkChunkActivity.TaskName, failed, options);

    /// <summary><see cref="AssembleBulkResultsActivity"/>: a bulk job's results blob; its name.</summary>
    public static Task<string> AssembleBulkResultsAsync(this TaskOrchestrationContext context, BulkJobInput job, TaskOptions options) =>
        context.CallActivityAsync<string>(AssembleBulkResultsActivity.TaskName, job, options);

    /// <summary><see cref="BulkChunkOrchestrator"/> as a sub-orchestration.</summary>
    public static Task<BulkChunkResult> RunBulkChunkAsync(this TaskOrchestrationContext context, BulkChunk chunk, TaskOptions options) =>
        context.CallSubOrchestratorAsync<BulkChunkResult>(BulkChunkOrchestrator.TaskName, chunk, options);

    /// <summary><see cref="AlignmentOrchestrator"/> as a sub-orchestration.</summary>
    public static Task<AlignmentOutput> RunAlignmentAsync(this TaskOrchestrationContext context, AlignmentInput input, TaskOptions options) =>
        context.CallSubOrchestratorAsync<AlignmentOutput>(AlignmentOrchestrator.TaskName, input, options);
}
