using System.Text.Json.Nodes;
using System.Text.Json;
using Aligners.Orchestration.Activities;
using Aligners.Orchestration.Audit;
using Aligners.Orchestration.Decisions;
using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Privacy;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask;

namespace Aligners.Orchestration.Workflows;

/// <summary>
/// One answer through the pipeline (Ngweta et al.): get the answer (given, or from the upstream
/// LLM), score it with every inspector at once, then visit the criteria in the squad's order; an
/// aligner rewrites only where its gate opens, and after each rewrite all inspectors score again.
/// Every step is also recorded in the instance's audit record: a rewrite, a topic comparison, the
/// review and the release by the activity that did it, an inspection round's scores by the next of
/// those steps (or the closing entry), which carries them from the history (<see cref="AuditBacklog"/>).
/// </summary>
/// <remarks>
/// An orchestrator is replayed from the engine's history: everything here must be deterministic.
/// The decisions are the pure functions of <see cref="Squad"/>, <see cref="AcceptanceGate"/> and
/// <see cref="StepFailures"/>; time, I/O and models live in the activities. The squad is in
/// <c>AlignmentOrchestrator.Squad.cs</c>, its steps (and what their failures come to) in
/// <c>AlignmentOrchestrator.Steps.cs</c>, the privacy steps around it in <c>AlignmentOrchestrator.Privacy.cs</c>.
/// </remarks>
[WorkflowTask(AlignmentOrchestrator.TaskName)]
public sealed partial class AlignmentOrchestrator : TaskOrchestrator<AlignmentInput, AlignmentOutput>
{
    /// <summary>The name it is registered and called by on both hosts: one answer through the inspectors and the squad.</summary>
    public const string TaskName = "Alignment";

    /// <inheritdoc />
    public override async Task<AlignmentOutput> RunAsync(TaskOrchestrationContext context, AlignmentInput input)
    {
        // Personal data is put behind placeholders before anything is recorded or sent upstream.
        var guarded = await ProtectAsync(context, input);
        var backlog = new AuditBacklog();
        // The record is opened before any step rather than carried by the first that records: an
        // instance that is stopped or stuck midway still has its request on record.
        await context.RecordAuditAsync(new AuditCall("started", AuditTypes.Started, Started(input, guarded)),
            input.Retries.Storage.ToTaskOptions());
        try
        {
            var recorded = await AlignAsync(context, input, guarded, backlog);
            var output = recorded;
            if (guarded is not null)
            {
                (recorded, output) = await ReleaseAsync(context, input, guarded, recorded, backlog);
            }
            context.SetCustomStatus(new AlignmentProgress("completed"));
            // The record keeps the texts as the pipeline handled them; the caller gets them released.
            await EndAsync(context, input, new AuditCall("completed", AuditTypes.Completed,
                new JsonObject { ["output"] = JsonSerializer.SerializeToNode(recorded, WorkflowJson.Options) }, backlog.Carry()), OrchestrationRuntimeStatus.Completed, output, null);
            return output;
        }
        catch (TaskFailedException e)
        {
            var error = $"{e.TaskName} failed: {e.FailureDetails.ErrorMessage}";
            context.SetCustomStatus(new AlignmentProgress("failed"));
            await EndAsync(context, input, new AuditCall("failed", AuditTypes.Failed,
                new JsonObject { ["error"] = error, ["errorType"] = e.FailureDetails.ErrorType }, backlog.Carry()), OrchestrationRuntimeStatus.Failed, null, error);
            throw;
        }
    }

    /// <summary>The last step: the record's closing entry, and for the queue path the result in the same activity.</summary>
    private static Task EndAsync(TaskOrchestrationContext context, AlignmentInput input, AuditCall closing, OrchestrationRuntimeStatus status, AlignmentOutput? output, string? error) =>
        input.ReplyTo is { } requestId
            ? context.DeliverResultAsync(new Delivery(requestId, context.InstanceId, status, output, error, Record: closing),
                input.Retries.Storage.ToTaskOptions())
            : context.RecordAuditAsync(closing, input.Retries.Storage.ToTaskOptions());

    /// <summary>The record's first entry: the request as the pipeline goes on with it (with placeholders where the policy redacts), and what was found in it.</summary>
    private static JsonObject Started(AlignmentInput input, ProtectedRequest? guarded)
    {
        var started = new JsonObject
        {
            ["request"] = JsonSerializer.SerializeToNode(guarded is null ? input.Request
                : input.Request with { Prompt = guarded.Prompt, Chat = guarded.Chat, Response = guarded.Response }, WorkflowJson.Options),
            ["criteria"] = JsonSerializer.SerializeToNode(input.Criteria, WorkflowJson.Options),
            ["policy"] = JsonSerializer.SerializeToNode(input.Policy, WorkflowJson.Options),
            ["tenant"] = input.Tenant,
            ["jobId"] = input.JobId,
            ["replyTo"] = input.ReplyTo,
            ["requestSha256"] = input.RequestSha256,
        };
        if (guarded is not null)
        {
            started["privacy"] = JsonSerializer.SerializeToNode(guarded.Findings, WorkflowJson.Options);
        }
        return started;
    }
}
