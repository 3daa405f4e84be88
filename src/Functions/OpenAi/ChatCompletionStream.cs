using System.Text;
using System.Text.Json;
using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Workflows;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace Aligners.Functions.OpenAi;

/// <summary>
/// A chat completions stream (<c>text/event-stream</c>, OpenAI's chunk format): keep-alive comments
/// while the instance runs, then the aligned answer's chunks and <c>data: [DONE]</c>. The answer is
/// only sent once it is decided, so a caller never sees text the squad later replaced.
/// </summary>
/// <remarks>
/// Written by hand rather than with ASP.NET Core's <c>TypedResults.ServerSentEvents</c>, which has no
/// way to send SSE comments, and comments are what keep idle proxies from closing the stream.
/// </remarks>
internal sealed class ChatCompletionStream(DurableTaskClient client, string instanceId, string? model, TimeSpan keepAlive, TimeSpan budget,
    TimeSpan poll) : IResult
{
    public async Task ExecuteAsync(HttpContext context)
    {
        var response = context.Response;
        var ct = context.RequestAborted;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        await response.Body.FlushAsync(ct);
        var deadline = DateTimeOffset.UtcNow + budget;
        OrchestrationMetadata? metadata;
        while (true)
        {
            var wait = TimeSpan.FromTicks(Math.Min(keepAlive.Ticks, Math.Max(0, (deadline - DateTimeOffset.UtcNow).Ticks)));
            metadata = await client.WaitWithinAsync(instanceId, wait, poll, ct);
            if (metadata?.IsCompleted == true || DateTimeOffset.UtcNow >= deadline)
            {
                break;
            }
            await WriteAsync(response, ": keep-alive\n\n", ct);
        }
        if (metadata is { RuntimeStatus: OrchestrationRuntimeStatus.Completed } && metadata.ReadOutputAs<AlignmentOutput>() is { } output)
        {
            foreach (var chunk in ChatCompletionBody.Chunks(instanceId, metadata.CreatedAt, model, output))
            {
                await WriteAsync(response, $"data: {chunk.ToJsonString()}\n\n", ct);
            }
        }
        else
        {
            var error = metadata?.IsCompleted == true
                ? OpenAiErrors.Body($"the alignment of instance {instanceId} failed: {metadata.ErrorOf()}", "server_error", "alignment_failed")
                : OpenAiErrors.Body($"the alignment of instance {instanceId} is still running; GET /api/align/{instanceId} has it when it ends", "server_error", "timeout");
            await WriteAsync(response, $"data: {JsonSerializer.Serialize(error)}\n\n", ct);
        }
        await WriteAsync(response, "data: [DONE]\n\n", ct);
    }

    private static async Task WriteAsync(HttpResponse response, string text, CancellationToken ct)
    {
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), ct);
        await response.Body.FlushAsync(ct);
    }
}
