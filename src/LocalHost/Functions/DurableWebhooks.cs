using System.Text.Json;
using Aligners.Inference.Http;
using Aligners.LocalHost.Security;
using Microsoft.DurableTask.Client;

namespace Aligners.LocalHost.Functions;

/// <summary>
/// The Durable Functions HTTP management API that the Functions host serves under
/// <c>/runtime/webhooks/durabletask</c> and that check-status payloads link to: instance status,
/// raise event, terminate and purge, behind the system key.
/// </summary>
public static class DurableWebhooks
{
    /// <summary>The path prefix.</summary>
    public const string Prefix = "/runtime/webhooks/durabletask";

    /// <summary>The largest event payload the raise-event route reads.</summary>
    public const long MaxEventBytes = 1024 * 1024;

    /// <summary>Maps the management routes.</summary>
    public static IEndpointRouteBuilder MapDurableWebhooks(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Prefix + "/instances/{id}").AddEndpointFilter(async (context, next) =>
            context.HttpContext.RequestServices.GetRequiredService<KeyCheck>().AllowsSystem(context.HttpContext.Request)
                ? await next(context)
                : Problems.Unauthorized("x-functions-key", "the management API needs the system key (the code in a check-status payload's links)"));
        group.MapGet("", StatusAsync);
        group.MapPost("/raiseEvent/{eventName}", RaiseEventAsync);
        group.MapPost("/terminate", TerminateAsync);
        group.MapDelete("", PurgeAsync);
        return app;
    }

    private static async Task<IResult> StatusAsync(string id, DurableTaskClient client, HttpRequest request, CancellationToken ct)
    {
        if (await client.GetInstanceAsync(id, getInputsAndOutputs: true, ct) is not { } m)
        {
            return Problems.NotFound("id", $"no instance '{id}'");
        }
        var body = new
        {
            name = m.Name,
            instanceId = m.InstanceId,
            runtimeStatus = m.RuntimeStatus.ToString(),
            input = Parse(m.SerializedInput),
            customStatus = Parse(m.SerializedCustomStatus),
            output = m.FailureDetails is { } f ? JsonSerializer.SerializeToElement(f.ErrorMessage) : Parse(m.SerializedOutput),
            createdTime = m.CreatedAt,
            lastUpdatedTime = m.LastUpdatedAt,
        };
        var status = m.RuntimeStatus is OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended
            ? StatusCodes.Status202Accepted
            : StatusCodes.Status200OK;
        if (status == StatusCodes.Status202Accepted)
        {
            request.HttpContext.Response.Headers.Location = $"{request.Scheme}://{request.Host}{request.Path}{request.QueryString}";
        }
        return Results.Json(body, statusCode: status);
    }

    private static async Task<IResult> RaiseEventAsync(string id, string eventName, HttpRequest request, DurableTaskClient client, CancellationToken ct)
    {
        object? payload = null;
        // The server's own per-request limit: an event's payload is small, and a body past the
        // limit is refused while it streams in rather than read whole.
        if (request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxEventBytes;
        }
        try
        {
            if (request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0)
            {
                payload = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body, cancellationToken: ct);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problems.TooLarge("body", $"an event's payload is at most {MaxEventBytes} bytes");
        }
        catch (JsonException e)
        {
            return Problems.Invalid("body", $"malformed JSON: {e.Message.Split('\n')[0]}");
        }
        if (await client.GetInstanceAsync(id, ct) is not { } m)
        {
            return Problems.NotFound("id", $"no instance '{id}'");
        }
        if (m.IsCompleted)
        {
            return Results.Problem(statusCode: StatusCodes.Status410Gone, title: "Gone", detail: $"instance '{id}' has ended ({m.RuntimeStatus})");
        }
        await client.RaiseEventAsync(id, eventName, payload, ct);
        return Results.Accepted();
    }

    private static async Task<IResult> TerminateAsync(string id, HttpRequest request, DurableTaskClient client, CancellationToken ct)
    {
        if (await client.GetInstanceAsync(id, ct) is not { } m)
        {
            return Problems.NotFound("id", $"no instance '{id}'");
        }
        if (m.IsCompleted)
        {
            return Results.Problem(statusCode: StatusCodes.Status410Gone, title: "Gone", detail: $"instance '{id}' has ended ({m.RuntimeStatus})");
        }
        await client.TerminateInstanceAsync(id, request.Query["reason"].FirstOrDefault(), ct);
        return Results.Accepted();
    }

    private static async Task<IResult> PurgeAsync(string id, DurableTaskClient client, CancellationToken ct)
    {
        var result = await client.PurgeInstanceAsync(id, cancellation: ct);
        return result.PurgedInstanceCount == 0 ? Problems.NotFound("id", $"no ended instance '{id}'") : Results.Ok(new { instancesDeleted = result.PurgedInstanceCount });
    }

    private static JsonElement? Parse(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
}
