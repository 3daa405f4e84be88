using System.Text.Json.Nodes;

namespace Aligners.Orchestration.Requests;

/// <summary>
/// An align request as callers send it: the body of <c>POST /api/align</c>, a line of a bulk job
/// or of the CLI's input, a message of the <c>align-requests</c> queue. <see cref="RequestValidator"/>
/// turns it into a workflow input or names the field at fault.
/// </summary>
public sealed record AlignInput
{
    /// <summary>The caller's id (bulk, CLI and queue inputs).</summary>
    public string? Id { get; init; }

    /// <summary>The prompt.</summary>
    public string? Prompt { get; init; }

    /// <summary>The upstream answer; omit to ask the configured LLM.</summary>
    public string? Response { get; init; }

    /// <summary>Criteria to check; omit for all.</summary>
    public List<string>? Criteria { get; init; }

    /// <summary>Policy name; omit for the default.</summary>
    public string? Policy { get; init; }

    /// <summary>Caller data carried through.</summary>
    public JsonObject? Metadata { get; init; }
}
