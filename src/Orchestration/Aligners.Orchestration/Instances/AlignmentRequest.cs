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
}
