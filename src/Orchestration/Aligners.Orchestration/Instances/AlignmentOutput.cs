using System.Text.Json.Nodes;

namespace Aligners.Orchestration.Instances;

/// <summary>The result of a completed instance.</summary>
public sealed record AlignmentOutput
{
    /// <summary>The prompt.</summary>
    public string Prompt { get; init; } = "";

    /// <summary>The answer before alignment (given, or from the LLM).</summary>
    public string Response { get; init; } = "";

    /// <summary>The final, aligned answer (in shadow mode, the answer unchanged).</summary>
    public string Aligned { get; init; } = "";

    /// <summary>Whether any aligner changed the answer returned.</summary>
    public bool Changed { get; init; }

    /// <summary>The policy ran in shadow mode: everything was inspected and gated, nothing was changed.</summary>
    public bool Shadow { get; init; }

    /// <summary>In shadow mode, the answer the pipeline would have returned, where it differs.</summary>
    public string? ShadowRewrite { get; init; }

    /// <summary>The upstream LLM's model and token counts, when it gave the answer.</summary>
    public UpstreamAnswer? Upstream { get; init; }

    /// <summary>The tenant whose key started the instance.</summary>
    public string Tenant { get; init; } = Tenants.TenantDirectory.DefaultTenant;

    /// <summary>The answer went to the review queue (<see cref="ReviewReasons"/> say why).</summary>
    public bool QueuedForReview { get; init; }

    /// <summary>Why it went to the review queue.</summary>
    public IReadOnlyList<string> ReviewReasons { get; init; } = [];

    /// <summary>
    /// Per criterion: P(aligned) before and after (in shadow mode, of the answer it would have
    /// returned). A criterion whose inspector failed under a policy that goes on
    /// (<see cref="AlignmentPolicy.OnFailure"/> <c>unresolved</c>) has no score here and is in <see cref="Unresolved"/>.
    /// </summary>
    public IReadOnlyDictionary<string, CriterionScores> Scores { get; init; } = new Dictionary<string, CriterionScores>();

    /// <summary>The fact checker's findings on the answer as it came: each claim, its verdict, the right value and its source.</summary>
    public IReadOnlyList<Aligners.Inference.Facts.FactFinding> Facts { get; init; } = [];

    /// <summary>What the privacy rules found and did (types, spans, fingerprints; never a value); null where neither the privacy mode nor the criterion applied.</summary>
    public PrivacyReport? Privacy { get; init; }

    /// <summary>Criteria whose aligner ran, in order.</summary>
    public IReadOnlyList<string> Applied { get; init; } = [];

    /// <summary>
    /// Criteria left unresolved: their rewrite was refused by the acceptance gate, no rewrite was
    /// left, or a step failed and the policy went on without it (<see cref="Decisions.StepFailures"/>).
    /// </summary>
    public IReadOnlyList<Unresolved> Unresolved { get; init; } = [];

    /// <summary>The policy holds answers with unresolved criteria for a reviewer.</summary>
    public bool HeldForReview { get; init; }

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

/// <summary>Which model answered upstream, and its token counts.</summary>
public sealed record UpstreamAnswer(string? Model, long? InputTokens, long? OutputTokens);

/// <summary>P(aligned) of one criterion before and after the squad.</summary>
public sealed record CriterionScores(double Before, double After);

/// <summary>One squad visit: the criterion, the score it was gated on, whether its rewrite was accepted, and why not.</summary>
public sealed record SquadStep(string Criterion, double Score, double Threshold, bool Aligned, string Outcome = SquadOutcomes.Passed, string? Reason = null);

/// <summary>What a squad visit came to.</summary>
public static class SquadOutcomes
{
    /// <summary>The criterion scored at or above its threshold; nothing to do.</summary>
    public const string Passed = "passed";

    /// <summary>The aligner's rewrite passed the acceptance gate and replaced the text.</summary>
    public const string Rewritten = "rewritten";

    /// <summary>The rewrite was refused, or its aligner or a step the gate needed failed; the previous text stayed.</summary>
    public const string Unresolved = "unresolved";

    /// <summary>The criterion failed but the policy's rewrites were used up.</summary>
    public const string NoRewritesLeft = "no-rewrites-left";
}

/// <summary>A criterion left unresolved: which check refused its rewrite and why, and the refused rewrite (<see cref="Candidate"/>) when there was one.</summary>
public sealed record Unresolved(string Criterion, string Check, string Reason, string? Candidate = null);

/// <summary>How long one activity took (its last, successful attempt).</summary>
public sealed record ActivityTiming(string Id, string Name, double DurationMs);
