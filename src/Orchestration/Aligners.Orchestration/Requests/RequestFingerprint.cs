using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aligners.Orchestration.Audit;
using Aligners.Orchestration.Workflows;
using Microsoft.DurableTask.Client;

namespace Aligners.Orchestration.Requests;

/// <summary>
/// What an idempotency key is bound to: SHA-256 over the request as accepted (prompt, answer,
/// metadata, criteria, policy name, tenant). The same key with another request is a conflict, as
/// payment APIs answer it, rather than the earlier request's result handed out for the new one.
/// </summary>
public static class RequestFingerprint
{
    /// <summary>The fingerprint of a validated request, as lower-case hex.</summary>
    public static string Of(AlignmentInput input) => Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(
        new { input.Request, input.Criteria, Policy = input.Policy.Name, input.Tenant }, WorkflowJson.Options)));

    /// <summary>
    /// The fingerprint the request that first used instance <paramref name="instanceId"/> was
    /// started with: from the instance's input while the engine has it, else from the first entry
    /// of its audit record, which outlives a purge. Null when neither knows one (a new key, or an
    /// instance started before requests were fingerprinted).
    /// </summary>
    public static async Task<string?> RecordedAsync(DurableTaskClient client, AuditLog audit, string instanceId, CancellationToken ct)
    {
        if (await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, ct).ConfigureAwait(false) is { } metadata)
        {
            return metadata.ReadInputAs<AlignmentInput>()?.RequestSha256;
        }
        if (await audit.ReadLinesAsync(instanceId, ct).ConfigureAwait(false) is not [var first, ..])
        {
            return null;
        }
        try
        {
            return JsonNode.Parse(first)?["data"]?["requestSha256"]?.GetValue<string>();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
