using Aligners.Functions.Hosting;
using Aligners.Functions.Http;
using Aligners.Orchestration.Tenants;
using Aligners.Orchestration.Bulk;
using Aligners.Orchestration.Requests;
using Aligners.Orchestration.Workflows;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace Aligners.Functions.Bulk;

/// <summary>A bulk job as submitted: its id and size.</summary>
public sealed record SubmittedJob(string JobId, int Total, bool Created);

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
        var o = api.Value;
        await store.WriteInputAsync(jobId, [.. lines.Select(l => new BulkLine(l.Input.Id!, l.Workflow))], o.BulkChunkSize, ct);
        var job = new BulkJobInput(jobId, lines.Count, o.BulkChunkSize, o.BulkWave, o.BulkChunksPerGeneration, validator.Retries, ReplyTo: notify, Tenant: tenant,
            RequestSha256: fingerprint);
        var started = await client.StartOnceAsync(WorkflowNames.BulkJob, job, jobId, ct);
        return new SubmittedJob(jobId, lines.Count, started.Created);
    }
}
