using System.Diagnostics;
using Aligners.Orchestration.Audit;
using Aligners.Orchestration.Telemetry;
using Aligners.Orchestration.Workflows;
using Microsoft.DurableTask;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Aligners.Orchestration.Activities;

/// <summary>Asks the upstream LLM for the answer to align and records it.</summary>
[WorkflowTask(CallLlmActivity.TaskName)]
public sealed class CallLlmActivity(UpstreamLlm llm, IOptions<LlmOptions> options, AuditRecorder audit) : TaskActivity<LlmCall, LlmAnswer>
{
    /// <summary>The name it is registered and called by on both hosts: ask the upstream LLM for an answer.</summary>
    public const string TaskName = "CallLlm";

    /// <inheritdoc />
    public override async Task<LlmAnswer> RunAsync(TaskActivityContext context, LlmCall call)
    {
        using var span = AlignersTelemetry.StartActivitySpan(context.InstanceId, "llm", CallLlmActivity.TaskName);
        var chat = llm.Client ?? throw new PermanentActivityException("no LLM is configured (Llm:Provider is none) and the request has no response");
        var o = options.Value;
        var messages = new List<ChatMessage>();
        if (!string.IsNullOrEmpty(o.SystemPrompt))
        {
            messages.Add(new ChatMessage(ChatRole.System, o.SystemPrompt));
        }
        if (call.Chat is { } conversation)
        {
            // The caller's conversation as it came (an OpenAI-compatible request), developer messages as system ones.
            messages.AddRange(conversation.Messages.Select(m => new ChatMessage(m.Role switch
            {
                "assistant" => ChatRole.Assistant,
                "user" => ChatRole.User,
                _ => ChatRole.System,
            }, m.Content)));
        }
        else
        {
            messages.Add(new ChatMessage(ChatRole.User, call.Prompt));
        }
        var chatOptions = new ChatOptions
        {
            MaxOutputTokens = Math.Min(call.Chat?.MaxTokens ?? o.MaxOutputTokens, o.MaxOutputTokens),
            Temperature = call.Chat?.Temperature is { } t ? (float)t : null,
        };
        if (call.Chat?.User is { } user)
        {
            // Both providers are OpenAI's wire protocol: the end-user id travels in its own field.
            chatOptions.RawRepresentationFactory = _ => new OpenAI.Chat.ChatCompletionOptions { EndUserId = user };
        }
        var started = Stopwatch.GetTimestamp();
        var response = await ActivityFailures.ClassifyAsync(() => chat.GetResponseAsync(messages, chatOptions));
        if (string.IsNullOrWhiteSpace(response.Text))
        {
            throw new PermanentActivityException($"the LLM returned an empty answer (finish reason {response.FinishReason})");
        }
        var answer = new LlmAnswer(response.Text, response.ModelId, response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount,
            Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 3));
        AlignersTelemetry.ActivityDuration.Record(answer.DurationMs, new KeyValuePair<string, object?>("activity", CallLlmActivity.TaskName));
        return await audit.RecordResultAsync(context.InstanceId, null, "llm", AuditTypes.Answered, answer);
    }
}

/// <summary>The configured upstream LLM; <see cref="Client"/> is null when <c>Llm:Provider</c> is none.</summary>
public sealed class UpstreamLlm(IChatClient? client)
{
    /// <summary>The chat client, or null.</summary>
    public IChatClient? Client { get; } = client;
}
