using System.Text.Json;
using Aligners.Functions.Bulk;
using Aligners.Functions.Hosting;
using Aligners.Inference.Http;
using Aligners.Orchestration.Bulk;
using Aligners.Orchestration.Requests;
using Aligners.Orchestration.Tenants;
using Aligners.Orchestration.Workflows;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace Aligners.Functions.Http;

/// <summary><c>/api/bulk</c>: start a job from a JSONL body or an input blob, its progress, its results, a rerun of its failed lines.</summary>
public sealed class BulkFunctions(BulkSubmission submission, BulkJobStore store, IOptions<TenantDirectory> tenants)
{
    /// <summary>Body of a start request that names an input blob instead of sending lines.</summary>
    public sealed record BlobReference(string? Blob);

    /// <summary>
    /// Progress of a job as <c>GET /api/bulk/{id}</c> answers it; <paramref name="Status"/> is Running,
    /// Completed or Failed (a terminated job reads Failed).
    /// </summary>
    public sealed record BulkStatus(string JobId, [property: System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<OrchestrationRuntimeStatus>))] OrchestrationRuntimeStatus Status, int Total, int Completed, int Failed, int Pending, string? ResultsUri);

    /// <summary>Starts a job: JSONL (<c>application/x-ndjson</c>) or <c>{"blob": name}</c> (<c>application/json</c>).</summary>
    [Function("BulkStart")]
    public async Task<IResult> StartAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/bulk")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken ct)
    {
        var (bytes, tooLarge) = await HttpBody.ReadAsync(request, submission.MaxBytes, ct);
        if (tooLarge is not null)
        {
            return tooLarge;
        }
        var type = HttpBody.MediaType(request);
        var tenant = Caller(request);
        ReadOnlyMemory<byte> jsonl = bytes;
        if (type == "application/json")
        {
            BlobReference? reference;
            try
            {
                reference = JsonSerializer.Deserialize<BlobReference>(bytes, WorkflowJson.Options);
            }
            catch (JsonException e)
            {
                return Problems.Invalid("body", $"malformed JSON: {e.Message.Split('\n')[0]}");
            }
            jsonl = (await submission.ReadInputBlobAsync(reference?.Blob, tenant, ct)).ToMemory();
        }
        else if (type is not ("application/x-ndjson" or "application/jsonl" or "application/x-jsonlines" or "text/plain" or null))
        {
            return Problems.UnsupportedMediaType($"send JSONL as application/x-ndjson, or {{\"blob\": name}} as application/json; got {type}");
        }
        var job = await submission.SubmitAsync(client, jsonl, request.Headers["Idempotency-Key"].FirstOrDefault(), notify: false, ct, tenant);
        var statusUri = $"{request.Scheme}://{request.Host}{request.PathBase}/api/bulk/{job.JobId}";
        return TypedResults.Accepted(statusUri, new { jobId = job.JobId, total = job.Total, statusQueryGetUri = statusUri });
    }

    /// <summary>A job's progress; the results link once it has finished.</summary>
    [Function("BulkStatus")]
    public async Task<IResult> StatusAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/bulk/{id}")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string id,
        CancellationToken ct)
    {
        if (await ReadAsync(client, id, Caller(request), ct) is not { } status)
        {
            return Problems.NotFound("id", $"no bulk job '{id}'");
        }
        if (status.Status == OrchestrationRuntimeStatus.Completed)
        {
            status = status with { ResultsUri = $"{request.Scheme}://{request.Host}{request.PathBase}/api/bulk/{id}/results" };
        }
        return TypedResults.Json(status, WorkflowJson.Options);
    }

    /// <summary>Streams a finished job's results: one JSON line per input line, in input order.</summary>
    [Function("BulkResults")]
    public async Task<IResult> ResultsAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/bulk/{id}/results")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string id,
        CancellationToken ct)
    {
        if (await ReadAsync(client, id, Caller(request), ct) is not { } status)
        {
            return Problems.NotFound("id", $"no bulk job '{id}'");
        }
        if (status.Status != OrchestrationRuntimeStatus.Completed)
        {
            return Problems.Conflict("id", $"bulk job '{id}' is {status.Status}: {status.Completed + status.Failed} of {status.Total} lines done");
        }
        var stream = await store.OpenResultsAsync(id, ct);
        return stream is null ? Problems.NotFound("id", $"the results of bulk job '{id}' are missing") : TypedResults.Stream(stream, "application/x-ndjson");
    }

    /// <summary>
    /// Reruns a finished job's failed lines in one call: a new job of their inputs as submitted
    /// (their ids kept), answered 202 with its status link; asked again, the same rerun.
    /// </summary>
    [Function("BulkRetry")]
    public async Task<IResult> RetryAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/bulk/{id}/retry")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string id,
        CancellationToken ct)
    {
        if (await Tenancy.FindAsync(client, id, BulkJobOrchestrator.TaskName, Caller(request), ct) is not { } m
            || m.ReadInputAs<BulkJobInput>() is not { } job)
        {
            return Problems.NotFound("id", $"no bulk job '{id}'");
        }
        switch (m.RuntimeStatus)
        {
            case OrchestrationRuntimeStatus.Completed:
                break;
            case OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated:
                return Problems.Conflict("id", $"bulk job '{id}' ended {m.RuntimeStatus} without results; submit its lines again");
            default:
                return Problems.Conflict("id", $"bulk job '{id}' is still running; retry its failed lines once it has completed");
        }
        var rerun = await submission.RetryAsync(client, job, ct);
        var statusUri = $"{request.Scheme}://{request.Host}{request.PathBase}/api/bulk/{rerun.JobId}";
        return TypedResults.Accepted(statusUri,
            new { jobId = rerun.JobId, total = rerun.Total, retryOf = id, unreadable = rerun.Unreadable, statusQueryGetUri = statusUri });
    }

    private string Caller(HttpRequest request) => tenants.Value.Identify(CallerKeys.Presented(request));

    /// <summary>A job's progress; null when there is none, or it is another tenant's (any tenant's job when <paramref name="tenant"/> is null).</summary>
    public static async Task<BulkStatus?> ReadAsync(DurableTaskClient client, string id, string? tenant, CancellationToken ct)
    {
        if (await Tenancy.FindAsync(client, id, BulkJobOrchestrator.TaskName, tenant, ct) is not { } m)
        {
            return null;
        }
        var input = m.ReadInputAs<BulkJobInput>();
        var progress = (m.RuntimeStatus == OrchestrationRuntimeStatus.Completed ? m.ReadOutputAs<BulkProgress>() : m.ReadCustomStatusAs<BulkProgress>())
            ?? new BulkProgress(input?.Total ?? 0, 0, 0);
        var status = m.RuntimeStatus switch
        {
            OrchestrationRuntimeStatus.Completed => OrchestrationRuntimeStatus.Completed,
            OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated => OrchestrationRuntimeStatus.Failed,
            _ => OrchestrationRuntimeStatus.Running,
        };
        return new BulkStatus(id, status, progress.Total, progress.Completed, progress.Failed, progress.Total - progress.Completed - progress.Failed, null);
    }
}
