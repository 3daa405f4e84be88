using System.Text.Json;
using System.Text.Json.Nodes;
using Aligners.Functions.Apis;
using Aligners.Functions.Hosting;
using Aligners.Orchestration.Client;
using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Runtime;
using Microsoft.Extensions.Options;

namespace Aligners.Functions.Triggers;

/// <summary>
/// Handles one message of the <c>align-requests</c> queue: start the instance (keyed by the
/// request id, so a redelivered message finds the same one), advance it inline, write the result
/// to <c>results/{id}.json</c>, and return the notification for <c>align-results</c>. A request
/// that cannot be valid gets a Rejected result rather than endless retries.
/// </summary>
public sealed class AlignRequestHandler(AlignmentClient client, StorageClients storage, IOptions<QueueOptions> queues, IOptions<ApiOptions> api)
{
    /// <summary>Handles a message; returns the outcome and, when done, the notification to send.</summary>
    public async Task<(WorkOutcome Outcome, JsonObject? Notification)> HandleAsync(string text, string messageId, CancellationToken ct)
    {
        AlignInput? input;
        try
        {
            input = JsonSerializer.Deserialize<AlignInput>(text, JsonBody.Options);
        }
        catch (JsonException e)
        {
            return await RejectAsync(messageId, $"malformed JSON: {e.Message.Split('\n')[0]}", ct);
        }
        if (input is null)
        {
            return await RejectAsync(messageId, "the message is JSON null", ct);
        }
        var id = string.IsNullOrWhiteSpace(input.Id) ? messageId : input.Id;
        if (id.Length > 200 || id.Any(c => char.IsControl(c) || c is '/' or '\\'))
        {
            return await RejectAsync(messageId, "id must be at most 200 characters without '/', '\\' or control characters", ct);
        }
        StartResult started;
        try
        {
            started = await client.StartAsync(input.ToRequest(api.Value.MaxTextCharacters), new StartOptions
            {
                IdempotencyKey = $"align-requests:{id}",
                MessageDelay = TimeSpan.FromSeconds(queues.Value.AlignRequestBudgetSeconds + 5),
            }, ct);
        }
        catch (AlignmentRequestException e)
        {
            return await RejectAsync(id, $"{e.Field}: {e.Problem}", ct);
        }
        var status = await client.RunInlineAsync(started.InstanceId, started.Message, TimeSpan.FromSeconds(queues.Value.AlignRequestBudgetSeconds), ct);
        if (status.RuntimeStatus is RuntimeStatus.Pending or RuntimeStatus.Running)
        {
            return (WorkOutcome.Retry, null);
        }
        var result = new JsonObject
        {
            ["id"] = id,
            ["instanceId"] = status.InstanceId,
            ["status"] = status.RuntimeStatus.ToString(),
            ["output"] = JsonSerializer.SerializeToNode(status.Output, JsonBody.Options),
            ["error"] = status.Error,
        };
        return (WorkOutcome.Done, await WriteResultAsync(id, result, ct));
    }

    private async Task<(WorkOutcome, JsonObject?)> RejectAsync(string id, string error, CancellationToken ct)
    {
        var result = new JsonObject { ["id"] = id, ["status"] = "Rejected", ["error"] = error };
        return (WorkOutcome.Done, await WriteResultAsync(id, result, ct));
    }

    private async Task<JsonObject> WriteResultAsync(string id, JsonObject result, CancellationToken ct)
    {
        var name = $"{id}.json";
        var container = storage.Blobs.GetBlobContainerClient(storage.Options.ResultsContainer);
        await container.GetBlobClient(name).UploadAsync(BinaryData.FromString(result.ToJsonString()), overwrite: true, ct);
        return new JsonObject
        {
            ["id"] = id,
            ["instanceId"] = result["instanceId"]?.DeepClone(),
            ["status"] = result["status"]!.DeepClone(),
            ["result"] = $"{storage.Options.ResultsContainer}/{name}",
        };
    }
}
