using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Workflows;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Aligners.Orchestration.Bulk;

/// <summary>
/// One chunk of a bulk job: every line's alignment as a sub-orchestration (its instance id derived
/// from job and line, so each line can be looked up like any instance), then the chunk's slice of
/// the results. A line that fails becomes a Failed result line; the chunk goes on.
/// </summary>
[WorkflowTask(BulkChunkOrchestrator.TaskName)]
public sealed class BulkChunkOrchestrator : TaskOrchestrator<BulkChunk, BulkChunkResult>
{
    /// <summary>The name it is registered and called by on both hosts: one chunk of a bulk job: its lines' alignments and its slice of the results.</summary>
    public const string TaskName = "BulkChunk";

    /// <inheritdoc />
    public override async Task<BulkChunkResult> RunAsync(TaskOrchestrationContext context, BulkChunk chunk)
    {
        var lines = await context.ReadBulkChunkAsync(chunk, chunk.Retries.Storage.ToTaskOptions());
        var results = await Task.WhenAll(lines.Select((line, i) => AlignLineAsync(context, chunk.JobId, chunk.From + i, line)));
        await context.WriteBulkChunkAsync(new BulkChunkLines(chunk, results), chunk.Retries.Storage.ToTaskOptions());
        var completed = results.Count(r => r.Status == OrchestrationRuntimeStatus.Completed);
        return new BulkChunkResult(chunk.Index, completed, results.Length - completed);
    }

    private static async Task<ResultLine> AlignLineAsync(TaskOrchestrationContext context, string jobId, int line, BulkLine input)
    {
        var instanceId = BulkJobStore.LineInstanceId(jobId, line);
        try
        {
            var output = await context.RunAlignmentAsync(input.Input with { JobId = jobId },
                new SubOrchestrationOptions { InstanceId = instanceId });
            return ResultLine.Completed(input.Id, instanceId, output);
        }
        catch (TaskFailedException e)
        {
            return ResultLine.Failed(input.Id, instanceId, input.Input.Request.Prompt, e.FailureDetails.InnerFailure?.ErrorMessage ?? e.FailureDetails.ErrorMessage);
        }
    }
}
