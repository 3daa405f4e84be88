using Aligners.Orchestration.Activities;
using Microsoft.DurableTask;
using Aligners.Orchestration.Workflows;

namespace Aligners.Orchestration.Bulk;

/// <summary>Reads the lines of one chunk of a bulk job.</summary>
[WorkflowTask(ReadBulkChunkActivity.TaskName)]
public sealed class ReadBulkChunkActivity(BulkJobStore store) : TaskActivity<BulkChunk, IReadOnlyList<BulkLine>>
{
    /// <summary>The name it is registered and called by on both hosts: read the lines of one bulk chunk.</summary>
    public const string TaskName = "ReadBulkChunk";

    /// <inheritdoc />
    public override Task<IReadOnlyList<BulkLine>> RunAsync(TaskActivityContext context, BulkChunk chunk) =>
        ActivityFailures.ClassifyAsync(() => store.ReadChunkAsync(chunk.JobId, chunk.Index, CancellationToken.None));
}

/// <summary>Writes one chunk's result lines.</summary>
[WorkflowTask(WriteBulkChunkActivity.TaskName)]
public sealed class WriteBulkChunkActivity(BulkJobStore store) : TaskActivity<BulkChunkLines, int>
{
    /// <summary>The name it is registered and called by on both hosts: write one bulk chunk's result lines.</summary>
    public const string TaskName = "WriteBulkChunk";

    /// <inheritdoc />
    public override Task<int> RunAsync(TaskActivityContext context, BulkChunkLines lines) =>
        ActivityFailures.ClassifyAsync(async () =>
        {
            await store.WriteChunkAsync(lines, CancellationToken.None).ConfigureAwait(false);
            return lines.Lines.Count;
        });
}

/// <summary>Writes the result lines of a chunk that failed whole: every line failed, with the reason.</summary>
[WorkflowTask(FailBulkChunkActivity.TaskName)]
public sealed class FailBulkChunkActivity(BulkJobStore store) : TaskActivity<FailedBulkChunk, int>
{
    /// <summary>The name it is registered and called by on both hosts: write the result lines of a bulk chunk that failed whole: each of its lines failed, with the reason.</summary>
    public const string TaskName = "FailBulkChunk";

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
[WorkflowTask(AssembleBulkResultsActivity.TaskName)]
public sealed class AssembleBulkResultsActivity(BulkJobStore store) : TaskActivity<BulkJobInput, string>
{
    /// <summary>The name it is registered and called by on both hosts: join a bulk job's chunk results into its results blob, in input order.</summary>
    public const string TaskName = "AssembleBulkResults";

    /// <inheritdoc />
    public override Task<string> RunAsync(TaskActivityContext context, BulkJobInput job) =>
        ActivityFailures.ClassifyAsync(() => store.AssembleAsync(job, CancellationToken.None));
}
