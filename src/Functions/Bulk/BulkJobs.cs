using System.Text;
using System.Text.Json;
using Aligners.Functions.Apis;
using Aligners.Functions.Hosting;
using Aligners.Orchestration.Client;
using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Runtime;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;

namespace Aligners.Functions.Bulk;

/// <summary>
/// Bulk jobs: a JSONL input is validated whole, stored, and fanned out through the fan-out queue,
/// whose messages start one instance per line (idempotently, keyed by job and line). Progress comes
/// from the Instances table; when every line has finished, the results blob is assembled once, one
/// line per input line, in input order.
/// </summary>
public sealed class BulkJobs(StorageClients storage, AlignmentClient client, InstanceIndex index, QueuePair fanout,
    IOptions<ApiOptions> api, IOptions<QueueOptions> queues)
{
    private BlobContainerClient Results => storage.Blobs.GetBlobContainerClient(storage.Options.ResultsContainer);

    private BlobContainerClient Inputs => storage.Blobs.GetBlobContainerClient(storage.Options.InputsContainer);

    /// <summary>The instance id of a job's line.</summary>
    public static string InstanceIdOf(string jobId, int line) => AlignmentClient.IdFromKey($"bulk:{jobId}:{line}");

    /// <summary>Parses and validates every line; throws naming the first bad one.</summary>
    /// <exception cref="AlignmentRequestException">A line is malformed or invalid.</exception>
    public async Task<List<AlignInput>> ValidateAsync(byte[] jsonl, CancellationToken ct)
    {
        var lines = new List<AlignInput>();
        var known = await client.GetCriteriaAsync(ct);
        var text = Encoding.UTF8.GetString(jsonl);
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var at = $"lines[{number}].";
            AlignInput? input;
            try
            {
                input = JsonSerializer.Deserialize<AlignInput>(line, JsonBody.Options);
            }
            catch (JsonException e)
            {
                throw new AlignmentRequestException($"lines[{number}]", $"malformed JSON: {e.Message.Split('\n')[0]}");
            }
            if (input is null)
            {
                throw new AlignmentRequestException($"lines[{number}]", "must be a JSON object");
            }
            input.ToRequest(api.Value.MaxTextCharacters, at);
            if (input.Response is null && !client.HasLlm)
            {
                throw new AlignmentRequestException(at + "response", "is required: no upstream LLM is configured");
            }
            for (var i = 0; i < (input.Criteria?.Count ?? 0); i++)
            {
                if (!known.Contains(input.Criteria![i]))
                {
                    throw new AlignmentRequestException($"{at}criteria[{i}]", $"unknown criterion '{input.Criteria[i]}'");
                }
            }
            if (client.ResolvePolicy(input.Policy) is null)
            {
                throw new AlignmentRequestException(at + "policy", $"unknown policy '{input.Policy}'");
            }
            lines.Add(input with { Id = input.Id ?? number.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            if (lines.Count > api.Value.MaxBulkLines)
            {
                throw new AlignmentRequestException("body", $"more than {api.Value.MaxBulkLines} lines");
            }
        }
        if (lines.Count == 0)
        {
            throw new AlignmentRequestException("body", "holds no JSONL lines");
        }
        return lines;
    }

    /// <summary>Reads an input blob from the inputs container.</summary>
    public async Task<byte[]?> ReadInputBlobAsync(string name, CancellationToken ct)
    {
        try
        {
            var blob = Inputs.GetBlobClient(name);
            var props = await blob.GetPropertiesAsync(cancellationToken: ct);
            if (props.Value.ContentLength > api.Value.MaxBulkBodyBytes)
            {
                throw new AlignmentRequestException("blob", $"is {props.Value.ContentLength} bytes; the limit is {api.Value.MaxBulkBodyBytes}");
            }
            return (await blob.DownloadContentAsync(ct)).Value.Content.ToArray();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Stores the normalized lines and the job, then enqueues the fan-out.</summary>
    public async Task<BulkJob> StartAsync(IReadOnlyList<AlignInput> lines, CancellationToken ct)
    {
        var jobId = Guid.CreateVersion7().ToString("N");
        var inputName = $"bulk/{jobId}/input.jsonl";
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(JsonSerializer.Serialize(line, JsonBody.Options)).Append('\n');
        }
        await Inputs.GetBlobClient(inputName).UploadAsync(BinaryData.FromString(text.ToString()), overwrite: true, ct);
        var job = new BulkJob(jobId, lines.Count, storage.Options.InputsContainer, inputName, DateTimeOffset.UtcNow);
        await Results.GetBlobClient($"bulk/{jobId}/job.json").UploadAsync(BinaryData.FromObjectAsJson(job, JsonBody.Options), overwrite: true, ct);
        var chunk = queues.Value.FanoutChunk;
        for (var from = 0; from < lines.Count; from += chunk)
        {
            var message = JsonSerializer.Serialize(new FanoutMessage(jobId, from, Math.Min(chunk, lines.Count - from)), JsonBody.Options);
            await fanout.Main.SendMessageAsync(message, ct);
        }
        return job;
    }

    /// <summary>Starts the instances of one fan-out message (safe to repeat).</summary>
    public async Task<WorkOutcome> FanOutAsync(string text, long dequeueCount, CancellationToken ct)
    {
        FanoutMessage? message;
        try
        {
            message = JsonSerializer.Deserialize<FanoutMessage>(text, JsonBody.Options);
        }
        catch (JsonException)
        {
            return WorkOutcome.Poison;
        }
        if (message is null || await GetJobAsync(message.JobId, ct) is not { } job)
        {
            return WorkOutcome.Poison;
        }
        var lines = await ReadLinesAsync(job, ct);
        for (var i = message.From; i < Math.Min(lines.Count, message.From + message.Count); i++)
        {
            var request = lines[i].ToRequest(int.MaxValue);
            await client.StartAsync(request, new StartOptions { IdempotencyKey = $"bulk:{job.JobId}:{i}", JobId = job.JobId }, ct);
        }
        return WorkOutcome.Done;
    }

    /// <summary>A job's manifest, or null.</summary>
    public async Task<BulkJob?> GetJobAsync(string jobId, CancellationToken ct)
    {
        try
        {
            var content = await Results.GetBlobClient($"bulk/{jobId}/job.json").DownloadContentAsync(ct);
            return content.Value.Content.ToObjectFromJson<BulkJob>(JsonBody.Options);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Progress; assembles the results blob once every line has finished.</summary>
    public async Task<BulkStatus> GetStatusAsync(BulkJob job, CancellationToken ct)
    {
        int completed = 0, failed = 0;
        await foreach (var row in index.ListAsync(job.JobId, null, ct))
        {
            completed += row.Status == RuntimeStatus.Completed ? 1 : 0;
            failed += row.Status == RuntimeStatus.Failed ? 1 : 0;
        }
        var done = completed + failed >= job.Total;
        string? resultsBlob = null;
        if (done)
        {
            resultsBlob = await EnsureResultsAsync(job, ct);
        }
        return new BulkStatus(job.JobId, done ? "Completed" : "Running", job.Total, completed, failed, job.Total - completed - failed,
            resultsBlob is null ? null : $"{storage.Options.ResultsContainer}/{resultsBlob}", null);
    }

    /// <summary>Opens the results blob of a finished job.</summary>
    public async Task<Stream?> OpenResultsAsync(string jobId, CancellationToken ct)
    {
        try
        {
            return (await Results.GetBlobClient(ResultsName(jobId)).DownloadStreamingAsync(cancellationToken: ct)).Value.Content;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private static string ResultsName(string jobId) => $"bulk/{jobId}/results.jsonl";

    private async Task<string> EnsureResultsAsync(BulkJob job, CancellationToken ct)
    {
        var name = ResultsName(job.JobId);
        var blob = Results.GetBlobClient(name);
        if (await blob.ExistsAsync(ct))
        {
            return name;
        }
        var lines = await ReadLinesAsync(job, ct);
        var text = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var status = await client.GetStatusAsync(InstanceIdOf(job.JobId, i), ct)
                ?? throw new InvalidOperationException($"line {i} of job {job.JobId} has no instance");
            text.Append(JsonSerializer.Serialize(ResultLine.From(lines[i].Id!, status, lines[i].Prompt!), JsonBody.Options)).Append('\n');
        }
        try
        {
            await blob.UploadAsync(BinaryData.FromString(text.ToString()),
                new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }, ct);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // Another request assembled it first; the content is the same.
        }
        return name;
    }

    private async Task<List<AlignInput>> ReadLinesAsync(BulkJob job, CancellationToken ct)
    {
        var content = await storage.Blobs.GetBlobContainerClient(job.InputContainer).GetBlobClient(job.InputBlob).DownloadContentAsync(ct);
        return [.. content.Value.Content.ToString().Split('\n').Where(l => l.Length > 0)
            .Select(l => JsonSerializer.Deserialize<AlignInput>(l, JsonBody.Options)!)];
    }
}
