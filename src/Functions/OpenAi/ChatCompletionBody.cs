using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Aligners.Orchestration.Instances;

namespace Aligners.Functions.OpenAi;

/// <summary>
/// An instance's output in OpenAI's Chat Completions shapes: the whole answer, or the chunks of a
/// stream. The alignment details ride in an extra top-level <c>alignment</c> field, which OpenAI
/// clients ignore.
/// </summary>
internal static partial class ChatCompletionBody
{
    /// <summary><c>chat.completion</c>.</summary>
    public static JsonObject Completion(string instanceId, DateTimeOffset created, string? model, AlignmentOutput output) => new()
    {
        ["id"] = Id(instanceId),
        ["object"] = "chat.completion",
        ["created"] = created.ToUnixTimeSeconds(),
        ["model"] = Model(model, output),
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = output.Aligned, ["refusal"] = null },
            ["logprobs"] = null,
            ["finish_reason"] = "stop",
        }),
        ["usage"] = Usage(output),
        ["alignment"] = Alignment(instanceId, output),
    };

    /// <summary>The <c>chat.completion.chunk</c>s of a stream: the role, the text in word-sized pieces, then the finish with usage and the alignment.</summary>
    public static IEnumerable<JsonObject> Chunks(string instanceId, DateTimeOffset created, string? model, AlignmentOutput output)
    {
        yield return Chunk(instanceId, created, model, output, new JsonObject { ["role"] = "assistant", ["content"] = "" }, null);
        foreach (Match piece in Pieces().Matches(output.Aligned))
        {
            if (piece.Length > 0)
            {
                yield return Chunk(instanceId, created, model, output, new JsonObject { ["content"] = piece.Value }, null);
            }
        }
        var last = Chunk(instanceId, created, model, output, new JsonObject(), "stop");
        last["usage"] = Usage(output);
        last["alignment"] = Alignment(instanceId, output);
        yield return last;
    }

    private static JsonObject Chunk(string instanceId, DateTimeOffset created, string? model, AlignmentOutput output, JsonObject delta, string? finish) => new()
    {
        ["id"] = Id(instanceId),
        ["object"] = "chat.completion.chunk",
        ["created"] = created.ToUnixTimeSeconds(),
        ["model"] = Model(model, output),
        ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["logprobs"] = null, ["finish_reason"] = finish }),
    };

    private static string Id(string instanceId) => "chatcmpl-" + instanceId;

    private static string Model(string? requested, AlignmentOutput output) => output.Upstream?.Model ?? requested ?? "aligners";

    private static JsonObject Usage(AlignmentOutput output)
    {
        var prompt = output.Upstream?.InputTokens ?? 0;
        var completion = output.Upstream?.OutputTokens ?? 0;
        return new JsonObject { ["prompt_tokens"] = prompt, ["completion_tokens"] = completion, ["total_tokens"] = prompt + completion };
    }

    private static JsonNode Alignment(string instanceId, AlignmentOutput output)
    {
        var node = System.Text.Json.JsonSerializer.SerializeToNode(output, Orchestration.Workflows.WorkflowJson.Options)!.AsObject();
        // The activity timings and the caller's metadata stay in the instance's status; the rest describes the alignment.
        node.Remove("activities");
        node.Remove("metadata");
        node.Remove("prompt");
        node["instanceId"] = instanceId;
        return node;
    }

    // Each piece is a word with the whitespace after it; leading whitespace joins the first.
    [GeneratedRegex(@"\S*\s*")]
    private static partial Regex Pieces();
}
