using System.Text.Json.Nodes;

namespace Aligners.Orchestration.Decisions;

/// <summary>The activity kinds.</summary>
public static class ActivityNames
{
    /// <summary>Ask the upstream LLM for an answer.</summary>
    public const string Llm = "llm";

    /// <summary>Score one criterion on one response version.</summary>
    public const string Inspect = "inspect";

    /// <summary>Rewrite one response version for one criterion.</summary>
    public const string Align = "align";

    /// <summary>The id of the LLM call.</summary>
    public static string LlmId => Llm;

    /// <summary>The id of the inspection of <paramref name="criterion"/> on response version <paramref name="version"/>.</summary>
    public static string InspectId(int version, string criterion) => $"inspect:{version}:{criterion}";

    /// <summary>The id of the rewrite that produces version <paramref name="version"/> with <paramref name="criterion"/>'s aligner.</summary>
    public static string AlignId(int version, string criterion) => $"align:{version}:{criterion}";
}

/// <summary>
/// An activity the decider wants run. Ids are deterministic, so replay finds the same ones;
/// <see cref="Scheduled"/> says whether the journal already holds its scheduling event (a
/// scheduled activity without a completion runs again: activities are at-least-once).
/// </summary>
public sealed record ActivityCall(string Id, string Name, JsonObject Input, bool Scheduled);

/// <summary>What an instance needs next.</summary>
public sealed record Decision
{
    /// <summary>Activities to run now, concurrently.</summary>
    public IReadOnlyList<ActivityCall> Run { get; init; } = [];

    /// <summary>The output to complete the instance with.</summary>
    public Instances.AlignmentOutput? Complete { get; init; }

    /// <summary>The error to fail the instance with.</summary>
    public string? Fail { get; init; }

    /// <summary>The journal already ends the instance.</summary>
    public bool Finished { get; init; }

    /// <summary>A short name for where the instance stands (llm, inspecting, aligning:ethical, ...).</summary>
    public string Stage { get; init; } = "";
}
