using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aligners.Orchestration.Storage;
using Aligners.Orchestration.Workflows;
using Azure;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Microsoft.DurableTask.Client;

namespace Aligners.Orchestration.Bulk;

/// <summary>
/// A bulk job's blobs: the validated input, one blob per chunk (<c>bulk/{jobId}/input/{chunk}.jsonl</c>
/// in the inputs container, so a chunk reads only its own lines), one result slice per chunk and the assembled results
/// (<c>bulk/{jobId}/results.jsonl</c> in the results container, one line per input line, in input order).
/// </summary>
public sealed class BulkJobStore(AppStorage storage)
{
    /// <summary>The instance id of a job's line.</summary>
    public static string LineInstanceId(string jobId, int line) => $"{jobId}-{line}";

    /// <summary>The instance id of a job's chunk.</summary>
    public static string ChunkInstanceId(string jobId, int chunk) => $"{jobId}-chunk-{chunk}";

    /// <summary>The results blob's name.</summary>
    public static string ResultsName(string jobId) => $"bulk/{jobId}/results.jsonl";

    private static string InputName(string jobId, int chunk) => $"bulk/{jobId}/input/{chunk:D7}.jsonl";

    private static string ChunkName(string jobId, int chunk) => $"bulk/{jobId}/chunks/{chunk:D7}.jsonl";

    /// <summary>Stores the validated lines of a new job, <paramref name="chunkSize"/> lines per chunk blob.</summary>
    public async Task WriteInputAsync(string jobId, IReadOnlyList<BulkLine> lines, int chunkSize, CancellationToken ct)
    {
        var chunks = (lines.Count + chunkSize - 1) / chunkSize;
        await Parallel.ForAsync(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = ct }, async (chunk, token) =>
        {
            var text = new StringBuilder();
            foreach (var line in lines.Skip(chunk * chunkSize).Take(chunkSize))
            {
                text.Append(JsonSerializer.Serialize(line, WorkflowJson.Options)).Append('\n');
            }
            await storage.Inputs.GetBlobClient(InputName(jobId, chunk)).UploadAsync(BinaryData.FromString(text.ToString()), overwrite: true, token)
                .ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    /// <summary>The lines of one chunk of a job's input.</summary>
    public async Task<IReadOnlyList<BulkLine>> ReadChunkAsync(string jobId, int chunk, CancellationToken ct)
    {
        var content = await storage.Inputs.GetBlobClient(InputName(jobId, chunk)).DownloadContentAsync(ct).ConfigureAwait(false);
        return [.. content.Value.Content.ToString().Split('\n').Where(l => l.Length > 0)
            .Select(l => JsonSerializer.Deserialize<BulkLine>(l, WorkflowJson.Options)!)];
    }

    /// <summary>Writes a chunk's result lines (the same content however often it is repeated).</summary>
    public async Task WriteChunkAsync(BulkChunkLines chunk, CancellationToken ct)
    {
        await storage.Results.GetBlobClient(ChunkName(chunk.Chunk.JobId, chunk.Chunk.Index))
            .UploadAsync(BinaryData.FromString(Jsonl(chunk.Lines)), overwrite: true, ct).ConfigureAwait(false);
    }

    private static string Jsonl(IEnumerable<ResultLine> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(JsonSerializer.Serialize(line, WorkflowJson.Options)).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>
    /// The result lines of a chunk that failed whole: each of its lines failed with
    /// <paramref name="reason"/>, under its id and prompt where its stored input still shows them
    /// (a line this version cannot read as a <see cref="BulkLine"/> may still name both).
    /// </summary>
    public async Task<IReadOnlyList<ResultLine>> FailedLinesAsync(BulkChunk chunk, string reason, CancellationToken ct)
    {
        IReadOnlyList<string> stored;
        try
        {
            var content = await storage.Inputs.GetBlobClient(InputName(chunk.JobId, chunk.Index)).DownloadContentAsync(ct).ConfigureAwait(false);
            stored = [.. content.Value.Content.ToString().Split('\n').Where(l => l.Length > 0)];
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            stored = [];
        }
        return [.. Enumerable.Range(0, chunk.Count).Select(i =>
        {
            var (id, prompt) = i < stored.Count ? Identify(stored[i]) : (null, null);
            return ResultLine.Failed(id ?? "", LineInstanceId(chunk.JobId, chunk.From + i), prompt ?? "", reason);
        })];
    }

    private static (string? Id, string? Prompt) Identify(string line)
    {
        try
        {
            var node = JsonNode.Parse(line);
            return ((node?["id"] as JsonValue)?.TryGetValue<string>(out var id) == true ? id : null,
                (node?["input"]?["request"]?["prompt"] as JsonValue)?.TryGetValue<string>(out var prompt) == true ? prompt : null);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    /// <summary>
    /// Joins the chunk slices into the results blob in chunk order: each slice is staged as a block,
    /// then one commit makes the blob appear whole. A chunk whose slice was never
    /// written (it failed whole, and so did writing its failed lines) still answers for its lines.
    /// </summary>
    public async Task<string> AssembleAsync(BulkJobInput job, CancellationToken ct)
    {
        var name = ResultsName(job.JobId);
        var results = storage.Results.GetBlockBlobClient(name);
        var blocks = new List<string>(job.Chunks);
        for (var i = 0; i < job.Chunks; i++)
        {
            var block = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{i:D7}"));
            BinaryData slice;
            try
            {
                slice = (await storage.Results.GetBlobClient(ChunkName(job.JobId, i)).DownloadContentAsync(ct).ConfigureAwait(false)).Value.Content;
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                var from = i * job.ChunkSize;
                var chunk = new BulkChunk(job.JobId, i, from, Math.Min(job.ChunkSize, job.Total - from), job.Retries, job.Tenant);
                slice = BinaryData.FromString(Jsonl(await FailedLinesAsync(chunk,
                    $"the chunk failed and its result lines were never written; its instance {ChunkInstanceId(job.JobId, i)} tells why", ct).ConfigureAwait(false)));
            }
            using var stream = slice.ToStream();
            await results.StageBlockAsync(block, stream, cancellationToken: ct).ConfigureAwait(false);
            blocks.Add(block);
        }
        await results.CommitBlockListAsync(blocks, new CommitBlockListOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/x-ndjson" } }, ct)
            .ConfigureAwait(false);
        return name;
    }

    /// <summary>Opens a finished job's results; null when there are none.</summary>
    public async Task<Stream?> OpenResultsAsync(string jobId, CancellationToken ct)
    {
        try
        {
            return (await storage.Results.GetBlobClient(ResultsName(jobId)).DownloadStreamingAsync(cancellationToken: ct).ConfigureAwait(false)).Value.Content;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>
    /// The numbers (from 0, in input order) of a finished job's failed lines, read from its results
    /// blob line by line; null when the job has no results.
    /// </summary>
    public async Task<IReadOnlyList<int>?> FailedLineNumbersAsync(string jobId, CancellationToken ct)
    {
        await using var stream = await OpenResultsAsync(jobId, ct).ConfigureAwait(false);
        if (stream is null)
        {
            return null;
        }
        using var reader = new StreamReader(stream);
        var failed = new List<int>();
        var number = 0;
        while (await reader.ReadLineAsync(ct).ConfigureAwait(false) is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }
            using var result = JsonDocument.Parse(line);
            if (result.RootElement.TryGetProperty("status", out var status) && status.ValueEquals(nameof(OrchestrationRuntimeStatus.Failed)))
            {
                failed.Add(number);
            }
            number++;
        }
        return failed;
    }

    /// <summary>
    /// The stored input of a job's lines <paramref name="numbers"/> (ascending), as submitted: each
    /// chunk holding one is read once. Lines whose chunk is gone or cannot be read are left out and counted.
    /// </summary>
    public async Task<(IReadOnlyList<BulkLine> Lines, int Unreadable)> ReadLinesAsync(string jobId, int chunkSize, IReadOnlyList<int> numbers, CancellationToken ct)
    {
        var lines = new List<BulkLine>(numbers.Count);
        var unreadable = 0;
        foreach (var chunk in numbers.GroupBy(n => n / chunkSize))
        {
            try
            {
                var stored = await ReadChunkAsync(jobId, chunk.Key, ct).ConfigureAwait(false);
                lines.AddRange(chunk.Select(n => stored[n % chunkSize]));
            }
            catch (Exception e) when (e is JsonException || e is RequestFailedException { Status: 404 })
            {
                unreadable += chunk.Count();
            }
        }
        return (lines, unreadable);
    }

    /// <summary>Reads a JSONL blob of the inputs container (a bulk job named by blob); null when it does not exist.</summary>
    /// <exception cref="Requests.InvalidRequestException">The blob is larger than <paramref name="maxBytes"/>.</exception>
    public async Task<BinaryData?> ReadInputBlobAsync(string name, long maxBytes, CancellationToken ct)
    {
        try
        {
            var blob = storage.Inputs.GetBlobClient(name);
            var props = await blob.GetPropertiesAsync(cancellationToken: ct).ConfigureAwait(false);
            if (props.Value.ContentLength > maxBytes)
            {
                throw new Requests.InvalidRequestException("blob", $"is {props.Value.ContentLength} bytes; the limit is {maxBytes}", tooLarge: true);
            }
            return (await blob.DownloadContentAsync(ct).ConfigureAwait(false)).Value.Content;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 400)
        {
            return null;
        }
    }
}
