using System.Text.Json.Nodes;
using Aligners.Orchestration.Client;
using Aligners.Orchestration.Instances;

namespace Aligners.Functions.Apis;

/// <summary>
/// An align request as callers send it: the body of <c>POST /api/align</c>, a line of a bulk job
/// or of the CLI's input, a message of the <c>align-requests</c> queue.
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

    /// <summary>Checks the text limits and turns the input into a request; throws naming the field.</summary>
    /// <exception cref="AlignmentRequestException">A field is missing or too long.</exception>
    public AlignmentRequest ToRequest(int maxCharacters, string prefix = "")
    {
        if (Prompt is null)
        {
            throw new AlignmentRequestException(prefix + "prompt", "is required");
        }
        if (Prompt.Length > maxCharacters)
        {
            throw new AlignmentRequestException(prefix + "prompt", $"is {Prompt.Length} characters; the limit is {maxCharacters}", tooLarge: true);
        }
        if (Response?.Length > maxCharacters)
        {
            throw new AlignmentRequestException(prefix + "response", $"is {Response.Length} characters; the limit is {maxCharacters}", tooLarge: true);
        }
        if (Criteria?.Any(string.IsNullOrWhiteSpace) == true)
        {
            throw new AlignmentRequestException(prefix + "criteria", "must not contain empty names");
        }
        return new AlignmentRequest { Prompt = Prompt, Response = Response, Criteria = Criteria, Policy = Policy, Metadata = Metadata };
    }
}

/// <summary>One output line of a bulk job or of the CLI: the input's id and the alignment.</summary>
public sealed record ResultLine(
    string Id,
    string Prompt,
    string? Response,
    string? Aligned,
    bool Changed,
    IReadOnlyDictionary<string, CriterionScores> Scores,
    IReadOnlyList<string> Applied,
    string InstanceId,
    string Status,
    string? Error = null)
{
    /// <summary>The line of a finished instance.</summary>
    public static ResultLine From(string id, InstanceStatus status, string prompt) => status.Output is { } o
        ? new ResultLine(id, o.Prompt, o.Response, o.Aligned, o.Changed, o.Scores, o.Applied, status.InstanceId, status.RuntimeStatus.ToString())
        : new ResultLine(id, prompt, null, null, false, new Dictionary<string, CriterionScores>(), [], status.InstanceId,
            status.RuntimeStatus.ToString(), status.Error);
}
