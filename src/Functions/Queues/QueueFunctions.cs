using System.Text.Json;
using System.Text.Json.Nodes;
using Aligners.Functions.Bulk;
using Aligners.Functions.Hosting;
using Aligners.Orchestration.Requests;
using Aligners.Orchestration.Storage;
using Aligners.Orchestration.Tenants;
using Aligners.Orchestration.Workflows;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Aligners.Functions.Queues;

/// <summary>
/// What a queue function leaves behind besides its work: a rejected message goes to the queue's
/// poison queue at once, with the reason, instead of failing five times first.
/// </summary>
public sealed record AlignRequestOutcome
{
    /// <summary>The rejected message and why, for <c>align-requests-poison</c>.</summary>
    [QueueOutput("%Queues:AlignRequests%-poison")]
    public string? Poison { get; init; }
}

/// <summary>The outcome of a <c>bulk-requests</c> message.</summary>
public sealed record BulkRequestOutcome
{
    /// <summary>The rejected message and why, for <c>bulk-requests-poison</c>.</summary>
    [QueueOutput("%Queues:BulkRequests%-poison")]
    public string? Poison { get; init; }
}

/// <summary>
/// The queue triggers. <c>align-requests</c>: one align request per message; its result lands in
/// <c>results/{id}.json</c> with a notification on <c>align-results</c>. <c>bulk-requests</c>:
/// <c>{"blob": name, "id"?: key, "tenant"?: name}</c> starts a bulk job on a JSONL blob of the
/// tenant's folder of the inputs container (<c>tenants/{tenant}/</c>; the default tenant's when none is named).
/// A message delivered again finds its instance started and starts nothing more.
/// </summary>
/// <remarks>
/// A transient failure of a dependency (the inference server the validator asks for its models,
/// storage) sends the message back to its queue for later (<see cref="TransientDeferral"/>) rather
/// than towards the poison queue.
/// </remarks>
public sealed class QueueFunctions(RequestValidator validator, BulkSubmission bulk, IOptions<TenantDirectory> tenants, IOptions<QueueOptions> queues,
    TransientDeferral deferral, ILogger<QueueFunctions> log)
{
    /// <summary>Starts the alignment of one queued request, keyed by its id (or the message id).</summary>
    [Function("AlignRequests")]
    public async Task<AlignRequestOutcome> AlignRequestsAsync(
        [QueueTrigger("%Queues:AlignRequests%")] string message,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken ct)
    {
        try
        {
            var (request, input) = await validator.ParseAsync(message, ct, where: "message");
            var requestId = request.Id ?? id;
            var instanceId = DurableClientExtensions.InstanceIdFromKey("align-requests", requestId);
            await client.StartOnceAsync(AlignmentOrchestrator.TaskName, input with { ReplyTo = requestId }, instanceId, ct);
            return new AlignRequestOutcome();
        }
        catch (InvalidRequestException e)
        {
            log.LogWarning("align-requests message {MessageId} rejected: {Field}: {Problem}", id, e.Field, e.Problem);
            return new AlignRequestOutcome { Poison = Rejection(message, id, e) };
        }
        catch (Exception e) when (TransientDeferral.Applies(e, ct))
        {
            await deferral.DeferAsync(queues.Value.AlignRequests, message, id, e, ct);
            return new AlignRequestOutcome();
        }
    }

    /// <summary>Starts a bulk job on an input blob, keyed by the message's id (or the message id).</summary>
    [Function("BulkRequests")]
    public async Task<BulkRequestOutcome> BulkRequestsAsync(
        [QueueTrigger("%Queues:BulkRequests%")] string message,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken ct)
    {
        try
        {
            JsonObject request;
            try
            {
                request = JsonNode.Parse(message)?.AsObject() ?? throw new InvalidRequestException("message", "is JSON null; send {\"blob\": name}");
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                throw new InvalidRequestException("message", $"malformed JSON: {e.Message.Split('\n')[0]}");
            }
            var blob = request["blob"] is JsonValue b && b.TryGetValue<string>(out var name) ? name : null;
            var key = request["id"] is JsonValue k && k.TryGetValue<string>(out var given) ? given : id;
            var tenant = request["tenant"] is JsonValue t && t.TryGetValue<string>(out var named) ? named : TenantDirectory.DefaultTenant;
            if (tenant != TenantDirectory.DefaultTenant && !tenants.Value.ContainsKey(tenant))
            {
                throw new InvalidRequestException("tenant", $"no tenant '{tenant}' is configured");
            }
            var jsonl = await bulk.ReadInputBlobAsync(blob, tenant, ct);
            await bulk.SubmitAsync(client, jsonl.ToMemory(), key, notify: true, ct, tenant);
            return new BulkRequestOutcome();
        }
        catch (InvalidRequestException e)
        {
            log.LogWarning("bulk-requests message {MessageId} rejected: {Field}: {Problem}", id, e.Field, e.Problem);
            return new BulkRequestOutcome { Poison = Rejection(message, id, e) };
        }
        catch (Exception e) when (TransientDeferral.Applies(e, ct))
        {
            await deferral.DeferAsync(queues.Value.BulkRequests, message, id, e, ct);
            return new BulkRequestOutcome();
        }
    }

    private static string Rejection(string message, string id, InvalidRequestException e) => new JsonObject
    {
        ["messageId"] = id,
        ["field"] = e.Field,
        ["reason"] = e.Problem,
        ["message"] = message,
    }.ToJsonString();
}
