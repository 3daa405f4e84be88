using System.Text.Json;
using System.Text.Json.Nodes;
using Aligners.Functions.Hosting;
using Aligners.Orchestration.Runtime;

namespace Aligners.Functions.Triggers;

/// <summary>
/// The custom-handler side of the queue triggers: the Functions host posts
/// <c>{"Data": {"msg": ...}, "Metadata": {"DequeueCount": n, "Id": ...}}</c> to <c>/{FunctionName}</c>
/// and reads <c>{"Outputs": {...}, "Logs": [...], "ReturnValue": ...}</c>. A non-success status makes
/// the host retry the message and, after <c>maxDequeueCount</c>, move it to the poison queue.
/// Mapped only when the app runs under a Functions host (<c>FUNCTIONS_CUSTOMHANDLER_PORT</c> set).
/// </summary>
internal static class CustomHandlerApi
{
    /// <summary>The trigger binding's name in every queue function.json.</summary>
    public const string TriggerBinding = "msg";

    /// <summary>The queue output binding of <c>AlignRequests</c>.</summary>
    public const string NotificationBinding = "notification";

    public static IEndpointRouteBuilder MapCustomHandlerTriggers(this IEndpointRouteBuilder app)
    {
        foreach (var function in FunctionNames.Queue)
        {
            app.MapPost($"/{function}", (HttpContext http, QueueTriggers triggers, CancellationToken ct) => InvokeAsync(function, http, triggers, ct))
                .ExcludeFromDescription();
        }
        return app;
    }

    private static async Task<IResult> InvokeAsync(string function, HttpContext http, QueueTriggers triggers, CancellationToken ct)
    {
        JsonObject payload;
        try
        {
            payload = (await JsonNode.ParseAsync(http.Request.Body, cancellationToken: ct))?.AsObject() ?? throw new JsonException("empty body");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return Apis.Problems.Invalid("body", $"not a custom-handler invocation payload: {e.Message}");
        }
        var data = payload["Data"]?[TriggerBinding];
        if (data is null)
        {
            return Apis.Problems.Invalid($"Data.{TriggerBinding}", "is missing");
        }
        var text = data.GetValueKind() == JsonValueKind.String ? data.GetValue<string>() : data.ToJsonString();
        var metadata = payload["Metadata"];
        var dequeueCount = metadata?["DequeueCount"] is { } d && d.GetValueKind() == JsonValueKind.Number ? d.GetValue<long>() : 1;
        var id = metadata?["Id"]?.ToString() ?? Guid.NewGuid().ToString("N");
        var result = await triggers.HandleAsync(function, text, dequeueCount, id, ct);
        var outputs = new JsonObject();
        if (result.Notification is not null)
        {
            outputs[NotificationBinding] = result.Notification.ToJsonString();
        }
        var body = new JsonObject { ["Outputs"] = outputs, ["Logs"] = new JsonArray(result.Log), ["ReturnValue"] = null };
        return Results.Json(body, statusCode: result.Outcome == WorkOutcome.Done ? StatusCodes.Status200OK : StatusCodes.Status500InternalServerError);
    }
}
