using System.Text.Json;
using System.Text.Json.Nodes;
using Aligners.Orchestration.Activities;
using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Tenants;
using Aligners.Orchestration.Workflows;
using Microsoft.Extensions.Options;

namespace Aligners.Orchestration.Requests;

/// <summary>
/// The validator of OpenAI Chat Completions requests (<c>POST /v1/chat/completions</c>): checks the
/// OpenAI fields this endpoint honours and turns the request into an align request, which
/// <see cref="RequestValidator"/> then checks like every other; the last user message is the prompt,
/// the whole conversation goes upstream.
/// </summary>
public sealed class ChatCompletionValidator(RequestValidator requests, IOptions<LlmOptions> llm)
{
    private static readonly string[] Roles = ["system", "developer", "user", "assistant"];

    /// <summary>The request, whether the caller asked for a stream, and the workflow input.</summary>
    /// <exception cref="InvalidRequestException">A field is missing or wrong; <see cref="InvalidRequestException.Field"/> is its path.</exception>
    /// <exception cref="InvalidOperationException">No upstream LLM is configured.</exception>
    public async Task<(ChatRequest Chat, bool Stream, AlignmentInput Workflow)> ParseAsync(string json, string tenant, CancellationToken ct)
    {
        if (!llm.Value.IsConfigured)
        {
            throw new InvalidOperationException("no upstream LLM is configured (Llm:Provider is none); this endpoint answers with the upstream LLM's aligned answer");
        }
        JsonObject body;
        try
        {
            body = JsonNode.Parse(json) as JsonObject ?? throw new InvalidRequestException("body", "send a JSON object");
        }
        catch (JsonException e)
        {
            throw new InvalidRequestException("body", $"malformed JSON: {e.Message.Split('\n')[0]}");
        }
        if (body["messages"] is not JsonArray { Count: > 0 } messages)
        {
            throw new InvalidRequestException("messages", "is required: a non-empty array of {role, content}");
        }
        var turns = new List<ChatTurn>();
        for (var i = 0; i < messages.Count; i++)
        {
            var role = messages[i]?["role"] is JsonValue r && r.TryGetValue<string>(out var rs) ? rs : null;
            if (role is null || !Roles.Contains(role))
            {
                throw new InvalidRequestException($"messages[{i}].role", $"must be one of {string.Join(", ", Roles)}");
            }
            turns.Add(new ChatTurn(role, Content(messages[i]!["content"], $"messages[{i}].content")));
        }
        if (turns[^1].Role != "user" || string.IsNullOrWhiteSpace(turns[^1].Content))
        {
            throw new InvalidRequestException($"messages[{turns.Count - 1}]", "the last message must be the user's, with text: it is the prompt whose answer is aligned");
        }
        if (body["n"] is JsonValue n && (!n.TryGetValue<int>(out var count) || count != 1))
        {
            throw new InvalidRequestException("n", "only n = 1 is supported: one answer is aligned per request");
        }
        var temperature = Number(body["temperature"], "temperature", 0, 2);
        var maxTokens = body["max_completion_tokens"] is not null
            ? Count(body["max_completion_tokens"], "max_completion_tokens")
            : Count(body["max_tokens"], "max_tokens");
        var stream = body["stream"] switch
        {
            null => false,
            JsonValue v when v.TryGetValue<bool>(out var b) => b,
            _ => throw new InvalidRequestException("stream", "must be true or false"),
        };
        var model = Text(body["model"], "model");
        var user = Text(body["user"], "user");
        var chat = new ChatRequest { Messages = turns, Model = model, Temperature = temperature, MaxTokens = maxTokens, User = user };
        var metadata = new JsonObject { ["model"] = model, ["user"] = user };
        var workflow = await requests.ValidateAsync(new AlignInput { Prompt = turns[^1].Content, Metadata = metadata }, ct, tenant: tenant).ConfigureAwait(false);
        return (chat, stream, workflow with { Request = workflow.Request with { Chat = chat } });
    }

    private static string Content(JsonNode? node, string field) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        // Content parts: only text parts are honoured; the answer is text.
        JsonArray parts => string.Concat(parts.Select((p, i) => p?["type"]?.GetValue<string>() == "text" && p["text"] is JsonValue t && t.TryGetValue<string>(out var s)
            ? s
            : throw new InvalidRequestException($"{field}[{i}]", "only text parts ({type: text, text}) are supported"))),
        null => "",
        _ => throw new InvalidRequestException(field, "must be a string or an array of text parts"),
    };

    private static double? Number(JsonNode? node, string field, double min, double max) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<double>(out var d) && d >= min && d <= max => d,
        _ => throw new InvalidRequestException(field, $"must be a number from {min} to {max}"),
    };

    private static int? Count(JsonNode? node, string field) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<int>(out var n) && n is >= 1 and <= 100_000 => n,
        _ => throw new InvalidRequestException(field, "must be a whole number from 1 to 100000"),
    };

    private static string? Text(JsonNode? node, string field) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) && s.Length <= 256 => s,
        _ => throw new InvalidRequestException(field, "must be a string of at most 256 characters"),
    };
}
