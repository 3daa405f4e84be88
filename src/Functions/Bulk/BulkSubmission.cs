using Aligners.Functions.Hosting;
using Aligners.Functions.Http;
using Aligners.Orchestration.Tenants;
using Aligners.Orchestration.Bulk;
using Aligners.Orchestration.Requests;
using Aligners.Orchestration.Workflows;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace Aligners.Functions.Bulk;

/// <summary>A bulk job as submitted: its id and size; for a rerun, the failed lines whose stored input could not be read.</summary>
public sealed record SubmittedJob(string JobId, int Total, bool Created, int Unreadable = 0);

/// <summary>
/// Starts bulk jobs for every entry point (the HTTP API, the <c>bulk-requests</c> queue): every
/// line is validated before anything is stored, the lines are stored chunk by chunk, and the job's
/// orchestration starts once per job id.
/// </summary>
public sealed class BulkSubmission(RequestValidator validator, BulkJobStore store, IOptions<ApiOptions> api)
{
    /// <summary>The size limit of a job's JSONL.</summary>
    public long MaxBytes => api.Value.MaxBulkBodyBytes;

    /// <summary>Reads a JSONL blob of <paramref name="tenant"/>'s folder of the inputs container (<see cref="InputBlobName"/>).</summary>
    /// <exception cref="InvalidRequestException">The name is malformed, or the blob does not exist in the tenant's folder, or is too large.</exception>
    public async Task<BinaryData> ReadInputBlobAsync(string? name, string tenant, CancellationToken ct)
    {
        var blob = InputBlobName.Resolve(name, tenant);
        return await store.ReadInputBlobAsync(blob, MaxBytes, ct)
            ?? throw new InvalidRequestException("blob", $"no blob '{name}' in your folder of the inputs container ({InputBlobName.Prefix(tenant)})", notFound: true);
    }

    /// <summary>Validates every line, stores them and starts the job.</summary>
    /// <exception cref="InvalidRequestException">A line is malformed or invalid; nothing was stored or started.</exception>
    public async Task<SubmittedJob> SubmitAsync(DurableTaskClient client, ReadOnlyMemory<byte> jsonl, string? idempotencyKey, bool notify,
        CancellationToken ct, string tenant = TenantDirectory.DefaultTenant)
    {
        validator.ValidateId(idempotencyKey, "Idempotency-Key");
        var jobId = idempotencyKey is null ? Guid.NewGuid().ToString("N") : DurableClientExtensions.InstanceIdFromKey(Tenancy.Scope("bulk", tenant), idempotencyKey);
        var fingerprint = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(jsonl.Span));
        if (idempotencyKey is not null && await client.GetInstanceAsync(jobId, getInputsAndOutputs: true, ct) is { } existing)
        {
            var earlier = existing.ReadInputAs<BulkJobInput>();
            if (earlier?.RequestSha256 is { } recorded && recorded != fingerprint)
            {
                throw new InvalidRequestException("Idempotency-Key", "was first used for a different job; send those lines again, or use a new key for these",
                    conflict: true);
            }
            return new SubmittedJob(jobId, earlier?.Total ?? 0, Created: false);
        }
        var lines = await validator.ParseLinesAsync(jsonl, ct, tenant);
        return await StartAsync(client, jobId, [.. lines.Select(l => new BulkLine(l.Input.Id!, l.Workflow))], notify, tenant, fingerprint, ct);
    }

    /// <summary>
    /// Starts a job that reruns the failed lines of the finished job <paramref name="job"/>: their
    /// inputs as stored at submission (ids, policies and all), in input order. Its id is derived
    /// from the job's, so asking again starts nothing and answers the same rerun.
    /// </summary>
    /// <exception cref="InvalidRequestException">The job has no results, no failed line, or no failed line whose stored input can still be read.</exception>
    public async Task<SubmittedJob> RetryAsync(DurableTaskClient client, BulkJobInput job, CancellationToken ct)
    {
        var rerunId = DurableClientExtensions.InstanceIdFromKey(Tenancy.Scope("bulk-retry", job.Tenant), job.JobId);
        if (await client.GetInstanceAsync(rerunId, getInputsAndOutputs: true, ct) is { } existing)
        {
            return new SubmittedJob(rerunId, existing.ReadInputAs<BulkJobInput>()?.Total ?? 0, Created: false);
        }
        var failed = await store.FailedLineNumbersAsync(job.JobId, ct)
            ?? throw new InvalidRequestException("id", $"the results of bulk job '{job.JobId}' are missing", notFound: true);
        if (failed.Count == 0)
        {
            throw new InvalidRequestException("id", $"bulk job '{job.JobId}' has no failed lines to retry");
        }
        var (lines, unreadable) = await store.ReadLinesAsync(job.JobId, job.ChunkSize, failed, ct);
        if (lines.Count == 0)
        {
            throw new InvalidRequestException("id", $"the stored input of bulk job '{job.JobId}''s {failed.Count} failed lines can no longer be read", notFound: true);
        }
        // The rerun is asked for over HTTP and polled there: no notification on the results queue.
        return await StartAsync(client, rerunId, lines, notify: false, job.Tenant, requestSha256: null, ct) with { Unreadable = unreadable };
    }

    private async Task<SubmittedJob> StartAsync(DurableTaskClient client, string jobId, IReadOnlyList<BulkLine> lines, bool notify, string tenant,
        string? requestSha256, CancellationToken ct)
    {
        var o = api.Value;
        await store.WriteInputAsync(jobId, lines, o.BulkChunkSize, ct);
        var job = new BulkJobInput(jobId, lines.Count, o.BulkChunkSize, o.BulkWave, o.BulkChunksPerGeneration, validator.Retries, NotifyWhenDone: notify, Tenant: tenant,
            RequestSha256: requestSha256);
        var started = await client.StartOnceAsync(BulkJobOrchestrator.TaskName, job, jobId, ct);
        return new SubmittedJob(jobId, lines.Count, started.Created);
    }
}
