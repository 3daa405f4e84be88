using Aligners.Functions.Bulk;
using Aligners.Functions.Hosting;
using Aligners.Functions.Security;
using Aligners.Orchestration.Client;
using Microsoft.Extensions.Options;

namespace Aligners.Functions.Apis;

/// <summary><c>/api/bulk</c>: start a job from a JSONL body or an input blob, its progress, its results.</summary>
internal static class BulkApi
{
    public static IEndpointRouteBuilder MapBulkApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/bulk");
        group.MapPost("", StartAsync).WithName(FunctionNames.BulkStart).RequireKey(KeyLevel.Function);
        group.MapGet("/{id}", StatusAsync).WithName(FunctionNames.BulkStatus).RequireKey(KeyLevel.Function);
        group.MapGet("/{id}/results", ResultsAsync).WithName(FunctionNames.BulkResults).RequireKey(KeyLevel.Function);
        return app;
    }

    /// <summary>Body of a start request that names an input blob instead of sending lines.</summary>
    internal sealed record BlobReference(string? Blob);

    private static async Task<IResult> StartAsync(HttpContext http, BulkJobs jobs, IOptions<ApiOptions> api, LinkGenerator links, CancellationToken ct)
    {
        var (bytes, problem) = await JsonBody.ReadBytesAsync(http.Request, api.Value.MaxBulkBodyBytes, ct);
        if (problem is not null)
        {
            return problem;
        }
        var type = http.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        try
        {
            if (type == "application/json")
            {
                var (reference, parseProblem) = JsonBody.Parse<BlobReference>(bytes, "body");
                if (parseProblem is not null)
                {
                    return parseProblem;
                }
                if (string.IsNullOrWhiteSpace(reference!.Blob))
                {
                    return Problems.Invalid("blob", "name a JSONL blob in the inputs container, or send the lines as application/x-ndjson");
                }
                bytes = await jobs.ReadInputBlobAsync(reference.Blob, ct);
                if (bytes is null)
                {
                    return Problems.Invalid("blob", $"no blob '{reference.Blob}' in the inputs container");
                }
            }
            else if (type is not ("application/x-ndjson" or "application/jsonl" or "application/x-jsonlines" or "text/plain" or null))
            {
                return Problems.UnsupportedMediaType($"send JSONL as application/x-ndjson, or {{\"blob\": name}} as application/json; got {type}");
            }
            var lines = await jobs.ValidateAsync(bytes!, ct);
            var job = await jobs.StartAsync(lines, ct);
            var statusUri = links.GetUriByName(http, FunctionNames.BulkStatus, new { id = job.JobId }) ?? $"/api/bulk/{job.JobId}";
            return TypedResults.Accepted(statusUri, new { jobId = job.JobId, total = job.Total, statusQueryGetUri = statusUri });
        }
        catch (AlignmentRequestException e)
        {
            return e.TooLarge ? Problems.TooLarge(e.Field, e.Problem) : Problems.Invalid(e.Field, e.Problem);
        }
    }

    private static async Task<IResult> StatusAsync(string id, HttpContext http, BulkJobs jobs, LinkGenerator links, CancellationToken ct)
    {
        if (!InstanceIds.IsValid(id) || await jobs.GetJobAsync(id, ct) is not { } job)
        {
            return Problems.NotFound("id", $"no bulk job '{id}'");
        }
        var status = await jobs.GetStatusAsync(job, ct);
        if (status.ResultsBlob is not null)
        {
            status = status with { ResultsUri = links.GetUriByName(http, FunctionNames.BulkResults, new { id }) };
        }
        return TypedResults.Json(status, JsonBody.Options);
    }

    private static async Task<IResult> ResultsAsync(string id, BulkJobs jobs, CancellationToken ct)
    {
        if (!InstanceIds.IsValid(id) || await jobs.GetJobAsync(id, ct) is not { } job)
        {
            return Problems.NotFound("id", $"no bulk job '{id}'");
        }
        var status = await jobs.GetStatusAsync(job, ct);
        if (status.ResultsBlob is null)
        {
            return Problems.NotFound("id", $"bulk job '{id}' has not finished: {status.Completed + status.Failed} of {status.Total} lines done");
        }
        var stream = await jobs.OpenResultsAsync(id, ct);
        return stream is null ? Problems.NotFound("id", "the results blob is missing") : TypedResults.Stream(stream, "application/x-ndjson");
    }
}
