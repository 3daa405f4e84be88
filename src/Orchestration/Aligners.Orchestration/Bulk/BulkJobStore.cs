using System.Text;
using System.Text.Json;
using Aligners.Orchestration.Storage;
using Aligners.Orchestration.Workflows;
using Azure;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

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
        var text = new StringBuilder();
        foreach (var line in chunk.Lines)
        {
            text.Append(JsonSerializer.Serialize(line, WorkflowJson.Options)).Append('\n');
        }
        await storage.Results.GetBlobClient(ChunkName(chunk.Chunk.JobId, chunk.Chunk.Index))
            .UploadAsync(BinaryData.FromString(text.ToString()), overwrite: true, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Joins the chunk slices into the results blob in chunk order: each slice is staged as a block
    /// by server-side copy, then one commit makes the blob appear whole.
    /// </summary>
    public async Task<string> AssembleAsync(string jobId, int chunks, CancellationToken ct)
    {
        var name = ResultsName(jobId);
        var results = storage.Results.GetBlockBlobClient(name);
        var blocks = new List<string>(chunks);
        for (var i = 0; i < chunks; i++)
        {
            var block = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{i:D7}"));
            var slice = await storage.Results.GetBlobClient(ChunkName(jobId, i)).DownloadContentAsync(ct).ConfigureAwait(false);
            using var stream = slice.Value.Content.ToStream();
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
