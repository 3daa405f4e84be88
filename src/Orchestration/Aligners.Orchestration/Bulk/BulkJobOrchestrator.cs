using Aligners.Orchestration.Workflows;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Aligners.Orchestration.Bulk;

/// <summary>
/// A bulk job: chunks run as sub-orchestrations, at most <see cref="BulkJobInput.Wave"/> at a
/// time, the progress in the custom status after each; after
/// <see cref="BulkJobInput.ChunksPerGeneration"/> chunks the instance continues as new with its
/// counts, so a job of any size never builds one enormous history. When every chunk is done the
/// slices are joined into one results blob in input order. A failed line, or a chunk that failed
/// whole, is a Failed result line with its reason: the job itself completes.
/// </summary>
[WorkflowTask(BulkJobOrchestrator.TaskName)]
public sealed class BulkJobOrchestrator : TaskOrchestrator<BulkJobInput, BulkProgress>
{
    /// <summary>The name it is registered and called by on both hosts: a bulk job: chunks in bounded waves, then one results blob.</summary>
    public const string TaskName = "BulkJob";

    /// <inheritdoc />
    public override async Task<BulkProgress> RunAsync(TaskOrchestrationContext context, BulkJobInput job)
    {
        var completed = job.Completed;
        var failed = job.Failed;
        var next = job.NextChunk;
        var last = Math.Min(job.Chunks, job.NextChunk + job.ChunksPerGeneration);
        var running = new List<Task<BulkChunkResult>>();
        context.SetCustomStatus(new BulkProgress(job.Total, completed, failed));
        while (next < last || running.Count > 0)
        {
            while (next < last && running.Count < job.Wave)
            {
                var from = next * job.ChunkSize;
                running.Add(RunChunkAsync(context, job, new BulkChunk(job.JobId, next, from, Math.Min(job.ChunkSize, job.Total - from), job.Retries, job.Tenant)));
                next++;
            }
            var done = await Task.WhenAny(running);
            running.Remove(done);
            var result = await done;
            completed += result.Completed;
            failed += result.Failed;
            context.SetCustomStatus(new BulkProgress(job.Total, completed, failed));
        }
        if (next < job.Chunks)
        {
            context.ContinueAsNew(job with { NextChunk = next, Completed = completed, Failed = failed });
            return new BulkProgress(job.Total, completed, failed);
        }
        var results = await context.AssembleBulkResultsAsync(job, job.Retries.Storage.ToTaskOptions());
        var progress = new BulkProgress(job.Total, completed, failed, results);
        context.SetCustomStatus(progress);
        if (job.NotifyWhenDone)
        {
            await context.DeliverResultAsync(new Delivery(job.JobId, context.InstanceId, OrchestrationRuntimeStatus.Completed, null, failed > 0 ? $"{failed} of {job.Total} lines failed" : null, results),
                job.Retries.Storage.ToTaskOptions());
        }
        return progress;
    }

    /// <summary>
    /// One chunk as a sub-orchestration. A chunk that fails whole (its lines could not be read, or
    /// its results not written, after their retries) still answers for its lines: each becomes a
    /// Failed result line with the reason, so the job completes and its results keep input order.
    /// </summary>
    private static async Task<BulkChunkResult> RunChunkAsync(TaskOrchestrationContext context, BulkJobInput job, BulkChunk chunk)
    {
        try
        {
            return await context.RunBulkChunkAsync(chunk,
                new SubOrchestrationOptions { InstanceId = BulkJobStore.ChunkInstanceId(job.JobId, chunk.Index) });
        }
        catch (TaskFailedException e)
        {
            var reason = $"chunk {chunk.Index} failed: {e.FailureDetails.ErrorMessage}";
            try
            {
                await context.FailBulkChunkAsync(new FailedBulkChunk(chunk, reason), job.Retries.Storage.ToTaskOptions());
            }
            catch (TaskFailedException)
            {
                // Storage is still failing: the assembly writes the failed lines of a slice that was never written.
            }
            return new BulkChunkResult(chunk.Index, 0, chunk.Count);
        }
    }
}
