using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Workflows;
using Microsoft.DurableTask.Client;

namespace Aligners.Orchestration.Bulk;

/// <summary>One line of a bulk job as stored at submission: the caller's id and the validated workflow input.</summary>
public sealed record BulkLine(string Id, AlignmentInput Input);

/// <summary>
/// The input of a bulk job instance, carried through continue-as-new: where it stands
/// (<see cref="NextChunk"/>, the counts so far) and how it runs.
/// </summary>
/// <param name="JobId">The job (also the instance id).</param>
/// <param name="Total">Lines in the job.</param>
/// <param name="ChunkSize">Lines per chunk (one sub-orchestration each).</param>
/// <param name="Wave">Chunks in flight at once.</param>
/// <param name="ChunksPerGeneration">Chunks one generation of the instance runs before it continues as new, which bounds its history.</param>
/// <param name="NextChunk">The first chunk not yet started.</param>
/// <param name="Completed">Lines completed so far.</param>
/// <param name="Failed">Lines failed so far.</param>
/// <param name="Retries">The retry policies of its storage activities.</param>
/// <param name="NotifyWhenDone">For the queue path: notify on <c>align-results</c> when done (serialized under its earlier name, ReplyTo, which instances in flight hold).</param>
/// <param name="Tenant">The tenant whose key submitted it.</param>
/// <param name="RequestSha256">SHA-256 of the submitted JSONL, to which the job's idempotency key is bound.</param>
public sealed record BulkJobInput(string JobId, int Total, int ChunkSize, int Wave, int ChunksPerGeneration, Workflows.Retries Retries, int NextChunk = 0,
    int Completed = 0, int Failed = 0, [property: System.Text.Json.Serialization.JsonPropertyName("ReplyTo")] bool NotifyWhenDone = false, string Tenant = Tenants.TenantDirectory.DefaultTenant, string? RequestSha256 = null)
{
    /// <summary>The number of chunks.</summary>
    public int Chunks => (Total + ChunkSize - 1) / ChunkSize;
}

/// <summary>
/// Input of a chunk: lines [<paramref name="From"/>, <paramref name="From"/> + <paramref name="Count"/>)
/// of the job that <paramref name="Tenant"/> submitted (every instance names its tenant, so no
/// route has to guess whose a chunk is).
/// </summary>
public sealed record BulkChunk(string JobId, int Index, int From, int Count, Workflows.Retries Retries, string Tenant = Tenants.TenantDirectory.DefaultTenant);

/// <summary>What a chunk did.</summary>
public sealed record BulkChunkResult(int Index, int Completed, int Failed);

/// <summary>Input of <see cref="WriteBulkChunkActivity"/>.</summary>
public sealed record BulkChunkLines(BulkChunk Chunk, IReadOnlyList<ResultLine> Lines);

/// <summary>Input of <see cref="FailBulkChunkActivity"/>: a chunk that failed whole, and why.</summary>
public sealed record FailedBulkChunk(BulkChunk Chunk, string Reason);

/// <summary>Progress of a bulk job: its custom status while running, its output when done.</summary>
public sealed record BulkProgress(int Total, int Completed, int Failed, string? ResultsBlob = null);

/// <summary>One output line of a bulk job or of the CLI: the input's id and the alignment; its status is Completed or Failed (written by name).</summary>
public sealed record ResultLine(
    string Id,
    string Prompt,
    string? Response,
    string? Aligned,
    bool Changed,
    IReadOnlyDictionary<string, CriterionScores> Scores,
    IReadOnlyList<string> Applied,
    string InstanceId,
    [property: System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<OrchestrationRuntimeStatus>))] OrchestrationRuntimeStatus Status,
    string? Error = null)
{
    /// <summary>The line of a completed instance.</summary>
    public static ResultLine Completed(string id, string instanceId, AlignmentOutput o) =>
        new(id, o.Prompt, o.Response, o.Aligned, o.Changed, o.Scores, o.Applied, instanceId, OrchestrationRuntimeStatus.Completed);

    /// <summary>The line of a failed instance.</summary>
    public static ResultLine Failed(string id, string instanceId, string prompt, string error) =>
        new(id, prompt, null, null, false, new Dictionary<string, CriterionScores>(), [], instanceId, OrchestrationRuntimeStatus.Failed, error);
}
