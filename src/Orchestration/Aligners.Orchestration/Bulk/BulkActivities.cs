using Aligners.Orchestration.Activities;
using Microsoft.DurableTask;
using Aligners.Orchestration.Workflows;

namespace Aligners.Orchestration.Bulk;

/// <summary>Reads the lines of one chunk of a bulk job.</summary>
[WorkflowTask(WorkflowNames.ReadBulkChunk)]
public sealed class ReadBulkChunkActivity(BulkJobStore store) : TaskActivity<BulkChunk, IReadOnlyList<BulkLine>>
{
    /// <inheritdoc />
    public override Task<IReadOnlyList<BulkLine>> RunAsync(TaskActivityContext context, BulkChunk chunk) =>
        ActivityFailures.ClassifyAsync(() => store.ReadChunkAsync(chunk.JobId, chunk.Index, CancellationToken.None));
}

/// <summary>Writes one chunk's result lines.</summary>
[WorkflowTask(WorkflowNames.WriteBulkChunk)]
public sealed class WriteBulkChunkActivity(BulkJobStore store) : TaskActivity<BulkChunkLines, int>
{
    /// <inheritdoc />
    public override Task<int> RunAsync(TaskActivityContext context, BulkChunkLines lines) =>
        ActivityFailures.ClassifyAsync(async () =>
        {
            await store.WriteChunkAsync(lines, CancellationToken.None).ConfigureAwait(false);
            return lines.Lines.Count;
        });
}

/// <summary>Writes the result lines of a chunk that failed whole: every line failed, with the reason.</summary>
[WorkflowTask(WorkflowNames.FailBulkChunk)]
public sealed class FailBulkChunkActivity(BulkJobStore store) : TaskActivity<FailedBulkChunk, int>
{
    /// <inheritdoc />
    public override Task<int> RunAsync(TaskActivityContext context, FailedBulkChunk failed) =>
        ActivityFailures.ClassifyAsync(async () =>
        {
            var lines = await store.FailedLinesAsync(failed.Chunk, failed.Reason, CancellationToken.None).ConfigureAwait(false);
            await store.WriteChunkAsync(new BulkChunkLines(failed.Chunk, lines), CancellationToken.None).ConfigureAwait(false);
            return lines.Count;
        });
}

/// <summary>Joins a finished job's chunk results into its results blob, in input order.</summary>
[WorkflowTask(WorkflowNames.AssembleBulkResults)]
public sealed class AssembleBulkResultsActivity(BulkJobStore store) : TaskActivity<BulkJobInput, string>
{
    /// <inheritdoc />
    public override Task<string> RunAsync(TaskActivityContext context, BulkJobInput job) =>
        ActivityFailures.ClassifyAsync(() => store.AssembleAsync(job, CancellationToken.None));
}
