using Aligners.Functions.Hosting;
using Aligners.Functions.Http;
using Aligners.Inference.Http;
using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Requests;
using Aligners.Orchestration.Tenants;
using Aligners.Orchestration.Workflows;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace Aligners.Functions.OpenAi;

/// <summary>
/// <c>POST /api/v1/chat/completions</c>: a drop-in for OpenAI's Chat Completions. The request's
/// conversation goes to the configured upstream LLM, its answer through the alignment
/// orchestration, and the aligned answer comes back in OpenAI's shape (or as OpenAI's stream), with
/// the alignment details in an extra <c>alignment</c> field. Errors are OpenAI's error JSON.
/// </summary>
/// <remarks>
/// A function-level route like every other: the platform's keys decide who may call it, so a
/// revoked key is revoked here too, and the key's digest names the tenant (any other valid key is
/// the default tenant). The Functions host reads a key from <c>x-functions-key</c> or <c>code</c>,
/// not from the <c>Authorization: Bearer</c> OpenAI clients send, so clients add the header
/// (<c>default_headers={"x-functions-key": key}</c> in the Python SDK, <c>defaultHeaders</c> in
/// JavaScript, a per-call pipeline policy in .NET).
/// </remarks>
public sealed class ChatCompletionsFunction(ChatCompletionValidator validator, IOptions<TenantDirectory> tenants, IOptions<ApiOptions> api)
{
    /// <summary>Answers one chat completion request.</summary>
    [Function("ChatCompletions")]
    public async Task<IResult> CompleteAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/v1/chat/completions")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken ct)
    {
        var tenant = tenants.Value.Identify(CallerKeys.Presented(request));
        var o = api.Value;
        var (bytes, tooLarge) = await HttpBody.ReadAsync(request, o.MaxAlignBodyBytes, ct);
        if (tooLarge is not null)
        {
            return OpenAiErrors.InvalidRequest($"the body exceeds the limit of {o.MaxAlignBodyBytes} bytes", null, StatusCodes.Status413PayloadTooLarge);
        }
        ChatRequest chat;
        bool stream;
        AlignmentInput input;
        try
        {
            (chat, stream, input) = await validator.ParseAsync(RequestText.Decode(bytes, "body"), tenant, ct);
        }
        catch (InvalidRequestException e)
        {
            return OpenAiErrors.InvalidRequest($"{e.Field}: {e.Problem}", e.Field == "body" ? null : e.Field,
                e.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest);
        }
        catch (InvalidOperationException e)
        {
            return OpenAiErrors.Unavailable(e.Message);
        }
        var instanceId = Guid.NewGuid().ToString("N");
        await client.StartOnceAsync(AlignmentOrchestrator.TaskName, input, instanceId, ct);
        var budget = TimeSpan.FromSeconds(o.ChatBudgetSeconds);
        var poll = TimeSpan.FromMilliseconds(o.StatusPollMilliseconds);
        if (stream)
        {
            return new ChatCompletionStream(client, instanceId, chat.Model, TimeSpan.FromSeconds(o.ChatKeepAliveSeconds), budget, poll);
        }
        var metadata = await client.WaitWithinAsync(instanceId, budget, poll, ct);
        return metadata switch
        {
            { RuntimeStatus: OrchestrationRuntimeStatus.Completed } when metadata.ReadOutputAs<AlignmentOutput>() is { } output =>
                TypedResults.Json(ChatCompletionBody.Completion(instanceId, metadata.CreatedAt, chat.Model, output)),
            { IsCompleted: true } => OpenAiErrors.Failed(instanceId, metadata.ErrorOf() ?? metadata.RuntimeStatus.ToString()),
            _ => OpenAiErrors.TimedOut(instanceId),
        };
    }
}
