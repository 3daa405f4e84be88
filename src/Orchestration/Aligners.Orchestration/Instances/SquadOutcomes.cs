namespace Aligners.Orchestration.Instances;

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
