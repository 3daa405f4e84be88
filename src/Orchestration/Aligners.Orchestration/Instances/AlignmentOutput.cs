using System.Text.Json.Nodes;

namespace Aligners.Orchestration.Instances;

/// <summary>The result of a completed instance.</summary>
public sealed record AlignmentOutput
{
    /// <summary>The prompt.</summary>
    public string Prompt { get; init; } = "";

    /// <summary>The answer before alignment (given, or from the LLM).</summary>
    public string Response { get; init; } = "";

    /// <summary>The final, aligned answer.</summary>
    public string Aligned { get; init; } = "";

    /// <summary>Whether any aligner changed the answer.</summary>
    public bool Changed { get; init; }

    /// <summary>Per criterion: P(aligned) before and after.</summary>
    public IReadOnlyDictionary<string, CriterionScores> Scores { get; init; } = new Dictionary<string, CriterionScores>();

    /// <summary>Criteria whose aligner ran, in order.</summary>
    public IReadOnlyList<string> Applied { get; init; } = [];

    /// <summary>The squad's visits: each criterion's gate score and what it did.</summary>
    public IReadOnlyList<SquadStep> Steps { get; init; } = [];

    /// <summary>Every activity with its duration.</summary>
    public IReadOnlyList<ActivityTiming> Activities { get; init; } = [];

    /// <summary>The policy that ran.</summary>
    public string Policy { get; init; } = "";

    /// <summary>Its version.</summary>
    public string PolicyVersion { get; init; } = "";

    /// <summary>The caller's metadata.</summary>
    public JsonObject? Metadata { get; init; }
}

/// <summary>P(aligned) of one criterion before and after the squad.</summary>
public sealed record CriterionScores(double Before, double After);

/// <summary>One squad visit: the criterion, the score its gate saw, and whether its aligner ran.</summary>
public sealed record SquadStep(string Criterion, double Score, double Threshold, bool Aligned);

/// <summary>How long one activity took (its last, successful attempt).</summary>
public sealed record ActivityTiming(string Id, string Name, double DurationMs);
