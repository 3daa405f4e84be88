using System.Text.Json.Nodes;

namespace Aligners.Orchestration.Instances;

/// <summary>
/// What an alignment instance is asked to do: align <see cref="Response"/> (or, when it is null,
/// the upstream LLM's answer to <see cref="Prompt"/>) under <see cref="Criteria"/> with a policy.
/// </summary>
public sealed record AlignmentRequest
{
    /// <summary>The user's prompt.</summary>
    public string Prompt { get; init; } = "";

    /// <summary>The upstream answer; null asks the configured LLM for one.</summary>
    public string? Response { get; init; }

    /// <summary>Criteria to check; null or empty means every configured criterion.</summary>
    public IReadOnlyList<string>? Criteria { get; init; }

    /// <summary>The policy name; null means the default policy.</summary>
    public string? Policy { get; init; }

    /// <summary>Caller data carried into the journal and the result unchanged.</summary>
    public JsonObject? Metadata { get; init; }

    /// <summary>
    /// For OpenAI-compatible requests: the whole conversation and sampling settings the upstream LLM
    /// is called with; <see cref="Prompt"/> is then the last user message.
    /// </summary>
    public ChatRequest? Chat { get; init; }
}

/// <summary>One message of a conversation.</summary>
/// <param name="Role"><c>system</c>, <c>developer</c>, <c>user</c> or <c>assistant</c>.</param>
/// <param name="Content">Its text.</param>
public sealed record ChatTurn(string Role, string Content);

/// <summary>The parts of an OpenAI Chat Completions request the upstream call is made with.</summary>
public sealed record ChatRequest
{
    /// <summary>The conversation, ending with the user's message.</summary>
    public IReadOnlyList<ChatTurn> Messages { get; init; } = [];

    /// <summary>The model the caller named (reported back; the configured deployment answers).</summary>
    public string? Model { get; init; }

    /// <summary>Sampling temperature, 0 to 2.</summary>
    public double? Temperature { get; init; }

    /// <summary>The most tokens of the upstream answer.</summary>
    public int? MaxTokens { get; init; }

    /// <summary>The caller's end-user id, passed upstream.</summary>
    public string? User { get; init; }
}
