using Aligners.Orchestration.Activities;
using Aligners.Orchestration.Bulk;
using Microsoft.DurableTask;

namespace Aligners.Orchestration.Workflows;

/// <summary>
/// Registers the workflows with a Durable Task worker under <see cref="WorkflowNames"/>: what the
/// local host's worker runs. On the Functions host the same classes run behind one-line
/// <c>[Function]</c> wrappers with the same names.
/// </summary>
public static class WorkflowRegistration
{
    /// <summary>Adds every orchestrator and activity.</summary>
    public static DurableTaskRegistry AddAlignmentWorkflows(this DurableTaskRegistry registry)
    {
        registry.AddOrchestrator<AlignmentOrchestrator>(WorkflowNames.Alignment);
        registry.AddOrchestrator<BulkJobOrchestrator>(WorkflowNames.BulkJob);
        registry.AddOrchestrator<BulkChunkOrchestrator>(WorkflowNames.BulkChunk);
        registry.AddActivity<ProtectPromptActivity>(WorkflowNames.ProtectPrompt);
        registry.AddActivity<ReleaseAnswerActivity>(WorkflowNames.ReleaseAnswer);
        registry.AddActivity<CallLlmActivity>(WorkflowNames.CallLlm);
        registry.AddActivity<InspectActivity>(WorkflowNames.Inspect);
        registry.AddActivity<AlignActivity>(WorkflowNames.Align);
        registry.AddActivity<CompareTopicActivity>(WorkflowNames.CompareTopic);
        registry.AddActivity<QueueReviewActivity>(WorkflowNames.QueueReview);
        registry.AddActivity<RecordAuditActivity>(WorkflowNames.RecordAudit);
        registry.AddActivity<DeliverResultActivity>(WorkflowNames.DeliverResult);
        registry.AddActivity<ReadBulkChunkActivity>(WorkflowNames.ReadBulkChunk);
        registry.AddActivity<WriteBulkChunkActivity>(WorkflowNames.WriteBulkChunk);
        registry.AddActivity<FailBulkChunkActivity>(WorkflowNames.FailBulkChunk);
        registry.AddActivity<AssembleBulkResultsActivity>(WorkflowNames.AssembleBulkResults);
        return registry;
    }
}
