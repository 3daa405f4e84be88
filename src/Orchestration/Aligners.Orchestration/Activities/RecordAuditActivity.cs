using Aligners.Orchestration.Audit;
using Aligners.Orchestration.Telemetry;
using Aligners.Orchestration.Workflows;
using Microsoft.DurableTask;

namespace Aligners.Orchestration.Activities;

/// <summary>
/// Appends an entry the orchestration itself states (start, completion, failure), after the ones it
/// carries, to the audit record, once. A completion or failure is counted only by the delivery that
/// appended it, so a step the engine delivers twice counts once.
/// </summary>
[WorkflowTask(RecordAuditActivity.TaskName)]
public sealed class RecordAuditActivity(AuditRecorder audit) : TaskActivity<AuditCall, long>
{
    /// <summary>The name it is registered and called by on both hosts: append an entry to the instance's audit record.</summary>
    public const string TaskName = "RecordAudit";

    /// <inheritdoc />
    public override async Task<long> RunAsync(TaskActivityContext context, AuditCall call)
    {
        var recorded = (await audit.RecordAsync(context.InstanceId, [.. call.Carried ?? [], call]))[^1];
        if (recorded.Appended)
        {
            switch (call.Type)
            {
                case AuditTypes.Completed:
                    AlignersTelemetry.InstancesCompleted.Add(1);
                    break;
                case AuditTypes.Failed:
                    AlignersTelemetry.InstancesFailed.Add(1);
                    break;
            }
        }
        return recorded.Entry.Seq;
    }
}
