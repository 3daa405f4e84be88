using System.Text.Json;
using Aligners.Functions.Hosting;
using Aligners.Inference.Http;
using Aligners.Orchestration.Audit;
using Aligners.Orchestration.Requests;
using Aligners.Orchestration.Tenants;
using Aligners.Orchestration.Workflows;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace Aligners.Functions.Http;

/// <summary>
/// <c>/api/align</c>: start an instance (waiting up to the inline budget for its result), its
/// status, its audit record, and the admin's terminate and purge.
/// </summary>
public sealed class AlignFunctions(RequestValidator validator, AuditLog audit, IOptions<ApiOptions> api, IOptions<TenantDirectory> tenants)
{
    /// <summary>
    /// Starts an alignment. Answers 200 with the result when it finishes within the inline budget,
    /// else 202 with the Durable Functions check-status payload. <c>Prefer: respond-async</c>
    /// answers 202 at once; <c>Idempotency-Key</c> maps to one instance, started at most once.
    /// </summary>
    [Function("AlignStart")]
    public async Task<IResult> StartAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/align")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken ct)
    {
        var (bytes, tooLarge) = await HttpBody.ReadAsync(request, api.Value.MaxAlignBodyBytes, ct);
        if (tooLarge is not null)
        {
            return tooLarge;
        }
        var key = request.Headers["Idempotency-Key"].FirstOrDefault();
        var tenant = Caller(request);
        validator.ValidateId(key, "Idempotency-Key");
        var (_, input) = await validator.ParseAsync(bytes!, ct, tenant: tenant);
        var instanceId = key is null ? Guid.NewGuid().ToString("N") : DurableClientExtensions.InstanceIdFromKey(Tenancy.Scope("align", tenant), key);
        if (key is not null)
        {
            input = input with { RequestSha256 = RequestFingerprint.Of(input) };
            if (await RequestFingerprint.RecordedAsync(client, audit, instanceId, ct) is { } recorded && recorded != input.RequestSha256)
            {
                return Problems.Conflict("Idempotency-Key", "was first used for a different request; send that request again, or use a new key for this one");
            }
        }
        await client.StartOnceAsync(AlignmentOrchestrator.TaskName, input, instanceId, ct, mayExist: key is not null);

        var respondAsync = request.Headers["Prefer"].Any(p => p?.Contains("respond-async", StringComparison.OrdinalIgnoreCase) == true);
        var budget = TimeSpan.FromSeconds(api.Value.InlineBudgetSeconds);
        if (respondAsync || budget <= TimeSpan.Zero)
        {
            return Accepted(request, instanceId);
        }
        var metadata = await client.WaitWithinAsync(instanceId, budget, TimeSpan.FromMilliseconds(api.Value.StatusPollMilliseconds), ct);
        var status = StatusBody.From(metadata!);
        return status.RuntimeStatus switch
        {
            OrchestrationRuntimeStatus.Completed => TypedResults.Json(status, WorkflowJson.Options),
            OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated => Problems.Failed(instanceId, status.Error ?? "the alignment failed"),
            _ => Accepted(request, instanceId),
        };
    }

    /// <summary>An instance's status: 200 once it has ended, 202 with <c>Location</c> while it runs.</summary>
    [Function("AlignStatus")]
    public async Task<IResult> StatusAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/align/{id}")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string id,
        CancellationToken ct)
    {
        // Another tenant's instance is answered as if it did not exist.
        if (await Tenancy.FindAsync(client, id, AlignmentOrchestrator.TaskName, Caller(request), ct) is not { } metadata)
        {
            return Problems.NotFound("id", $"no instance '{Printable(id)}'");
        }
        var status = StatusBody.From(metadata);
        if (!status.IsTerminal)
        {
            request.HttpContext.Response.Headers.Location = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}";
            request.HttpContext.Response.Headers.RetryAfter = "1";
            return TypedResults.Json(status, WorkflowJson.Options, statusCode: StatusCodes.Status202Accepted);
        }
        return TypedResults.Json(status, WorkflowJson.Options);
    }

    /// <summary>An instance's audit record with its verification, which names the first bad entry.</summary>
    [Function("AlignAudit")]
    public async Task<IResult> AuditAsync(
        [HttpTrigger(AuthorizationLevel.Admin, "get", Route = "api/align/{id}/audit")] HttpRequest request,
        string id,
        CancellationToken ct)
    {
        if (!InstanceIds.CanExist(id) || await audit.ReadLinesAsync(id, ct) is not { } lines)
        {
            return Problems.NotFound("id", $"no audit record for '{Printable(id)}'");
        }
        var verification = audit.Verify(lines);
        var entries = lines.Select(l =>
        {
            try
            {
                return JsonDocument.Parse(l).RootElement.Clone();
            }
            catch (JsonException)
            {
                return JsonSerializer.SerializeToElement(new { unreadable = l });
            }
        }).ToList();
        return TypedResults.Json(new { instanceId = id, verification, entries }, WorkflowJson.Options);
    }

    /// <summary>Terminates one of the caller's running instances; the audit record keeps what it did so far.</summary>
    [Function("AlignTerminate")]
    public async Task<IResult> TerminateAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/align/{id}/terminate")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string id,
        CancellationToken ct)
    {
        if (await Tenancy.FindAsync(client, id, AlignmentOrchestrator.TaskName, Caller(request), ct) is not { } metadata)
        {
            return Problems.NotFound("id", $"no instance '{Printable(id)}'");
        }
        if (metadata.IsCompleted)
        {
            return Problems.Conflict("id", $"instance '{id}' has already ended ({metadata.RuntimeStatus})");
        }
        var reason = request.Query["reason"].FirstOrDefault() ?? "terminated by the caller";
        await client.TerminateInstanceAsync(id, reason, ct);
        return TypedResults.Accepted($"{request.Scheme}://{request.Host}{request.PathBase}/api/align/{id}");
    }

    /// <summary>Purges the engine history of one of the caller's ended instances. The audit record is kept: it is the record of what happened.</summary>
    [Function("AlignPurge")]
    public async Task<IResult> PurgeAsync(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "api/align/{id}")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string id,
        CancellationToken ct)
    {
        if (await Tenancy.FindAsync(client, id, AlignmentOrchestrator.TaskName, Caller(request), ct) is not { } metadata)
        {
            return Problems.NotFound("id", $"no instance '{Printable(id)}'");
        }
        if (!metadata.IsCompleted)
        {
            return Problems.Conflict("id", $"instance '{id}' is still {metadata.RuntimeStatus}; terminate it first");
        }
        var purged = await client.PurgeInstanceAsync(id, cancellation: ct);
        return TypedResults.Ok(new { instanceId = id, purged = purged.PurgedInstanceCount });
    }

    private static IResult Accepted(HttpRequest request, string instanceId)
    {
        var payload = CheckStatusPayload.ForAlignment(request, instanceId);
        return TypedResults.Accepted(payload.StatusQueryGetUri, payload);
    }

    private string Caller(HttpRequest request) => tenants.Value.Identify(CallerKeys.Presented(request));

    private static string Printable(string id) => new([.. id.Take(100).Select(c => char.IsControl(c) ? '?' : c)]);
}
