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
    /// <summary><see cref="WorkflowNames.ProtectPrompt"/>: the request scanned and, per the policy, behind placeholders.</summary>
    public static Task<ProtectedRequest> ProtectPromptAsync(this TaskOrchestrationContext context, ProtectCall call, TaskOptions options) =>
        context.CallActivityAsync<ProtectedRequest>(WorkflowNames.ProtectPrompt, call, options);

    /// <summary><see cref="WorkflowNames.ReleaseAnswer"/>: the answer released under the privacy mode.</summary>
    public static Task<ReleasedAnswer> ReleaseAnswerAsync(this TaskOrchestrationContext context, ReleaseCall call, TaskOptions options) =>
        context.CallActivityAsync<ReleasedAnswer>(WorkflowNames.ReleaseAnswer, call, options);

    /// <summary><see cref="WorkflowNames.CallLlm"/>: the upstream LLM's answer.</summary>
    public static Task<LlmAnswer> CallLlmAsync(this TaskOrchestrationContext context, LlmCall call, TaskOptions options) =>
        context.CallActivityAsync<LlmAnswer>(WorkflowNames.CallLlm, call, options);

    /// <summary><see cref="WorkflowNames.Inspect"/>: one criterion's score of one version.</summary>
    public static Task<InspectorScore> InspectAsync(this TaskOrchestrationContext context, InspectCall call, TaskOptions options) =>
        context.CallActivityAsync<InspectorScore>(WorkflowNames.Inspect, call, options);

    /// <summary><see cref="WorkflowNames.Align"/>: one criterion's rewrite of one version.</summary>
    public static Task<Rewrite> RewriteAsync(this TaskOrchestrationContext context, AlignCall call, TaskOptions options) =>
        context.CallActivityAsync<Rewrite>(WorkflowNames.Align, call, options);

    /// <summary><see cref="WorkflowNames.CompareTopic"/>: a rewrite's topic against the replaced text's.</summary>
    public static Task<TopicSimilarity> CompareTopicAsync(this TaskOrchestrationContext context, TopicCall call, TaskOptions options) =>
        context.CallActivityAsync<TopicSimilarity>(WorkflowNames.CompareTopic, call, options);

    /// <summary><see cref="WorkflowNames.RecordAudit"/>: an entry the orchestration states, appended to the audit record.</summary>
    public static Task<long> RecordAuditAsync(this TaskOrchestrationContext context, AuditCall call, TaskOptions options) =>
        context.CallActivityAsync<long>(WorkflowNames.RecordAudit, call, options);

    /// <summary><see cref="WorkflowNames.QueueReview"/>: a finished answer onto the review queue.</summary>
    public static Task<bool> QueueReviewAsync(this TaskOrchestrationContext context, ReviewCall call, TaskOptions options) =>
        context.CallActivityAsync<bool>(WorkflowNames.QueueReview, call, options);

    /// <summary><see cref="WorkflowNames.DeliverResult"/>: a queued request's result blob and notification.</summary>
    public static Task<bool> DeliverResultAsync(this TaskOrchestrationContext context, Delivery delivery, TaskOptions options) =>
        context.CallActivityAsync<bool>(WorkflowNames.DeliverResult, delivery, options);

    /// <summary><see cref="WorkflowNames.ReadBulkChunk"/>: a bulk chunk's lines.</summary>
    public static Task<IReadOnlyList<BulkLine>> ReadBulkChunkAsync(this TaskOrchestrationContext context, BulkChunk chunk, TaskOptions options) =>
        context.CallActivityAsync<IReadOnlyList<BulkLine>>(WorkflowNames.ReadBulkChunk, chunk, options);

    /// <summary><see cref="WorkflowNames.WriteBulkChunk"/>: a bulk chunk's result lines; how many were written.</summary>
    public static Task<int> WriteBulkChunkAsync(this TaskOrchestrationContext context, BulkChunkLines lines, TaskOptions options) =>
        context.CallActivityAsync<int>(WorkflowNames.WriteBulkChunk, lines, options);

    /// <summary><see cref="WorkflowNames.FailBulkChunk"/>: the result lines of a chunk that failed whole.</summary>
    public static Task<int> FailBulkChunkAsync(this TaskOrchestrationContext context, FailedBulkChunk failed, TaskOptions options) =>
        context.CallActivityAsync<int>(WorkflowNames.FailBulkChunk, failed, options);

    /// <summary><see cref="WorkflowNames.AssembleBulkResults"/>: a bulk job's results blob; its name.</summary>
    public static Task<string> AssembleBulkResultsAsync(this TaskOrchestrationContext context, BulkJobInput job, TaskOptions options) =>
        context.CallActivityAsync<string>(WorkflowNames.AssembleBulkResults, job, options);

    /// <summary><see cref="WorkflowNames.BulkChunk"/> as a sub-orchestration.</summary>
    public static Task<BulkChunkResult> RunBulkChunkAsync(this TaskOrchestrationContext context, BulkChunk chunk, TaskOptions options) =>
        context.CallSubOrchestratorAsync<BulkChunkResult>(WorkflowNames.BulkChunk, chunk, options);

    /// <summary><see cref="WorkflowNames.Alignment"/> as a sub-orchestration.</summary>
    public static Task<AlignmentOutput> RunAlignmentAsync(this TaskOrchestrationContext context, AlignmentInput input, TaskOptions options) =>
        context.CallSubOrchestratorAsync<AlignmentOutput>(WorkflowNames.Alignment, input, options);
}
