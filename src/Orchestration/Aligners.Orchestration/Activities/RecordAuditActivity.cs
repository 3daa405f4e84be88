using Aligners.Orchestration.Audit;
using Aligners.Orchestration.Telemetry;
using Aligners.Orchestration.Workflows;
using Microsoft.DurableTask;

namespace Aligners.Orchestration.Activities;

/// <summary>Appends an entry the orchestration itself states (start, completion, failure) to the audit record, once.</summary>
[WorkflowTask(WorkflowNames.RecordAudit)]
public sealed class RecordAuditActivity(AuditLog audit) : TaskActivity<AuditCall, long>
{
    /// <inheritdoc />
    public override async Task<long> RunAsync(TaskActivityContext context, AuditCall call)
    {
        var entry = await ActivityFailures.ClassifyAsync(() => audit.AppendOnceAsync(context.InstanceId, call.EntryId, call.Type, call.Data, CancellationToken.None));
        switch (call.Type)
        {
            case AuditTypes.Completed:
                AlignersTelemetry.InstancesCompleted.Add(1);
                break;
            case AuditTypes.Failed:
                AlignersTelemetry.InstancesFailed.Add(1);
                break;
        }
        return entry.Seq;
    }
}
