using System.ComponentModel.DataAnnotations;

namespace Aligners.Orchestration.Instances;

/// <summary>
/// How the squad treats an instance: criteria order, thresholds, how many rewrites at most, and
/// whether all inspectors re-score after each rewrite. The journal records the whole policy an
/// instance ran under, so changing configuration never changes a replay.
/// </summary>
public sealed record AlignmentPolicy
{
    /// <summary>The policy's name (its key in configuration).</summary>
    public string Name { get; init; } = "default";

    /// <summary>A version to tell revisions apart in the audit trail.</summary>
    [Required]
    public string Version { get; init; } = "1";

    /// <summary>A fixed visiting order; null or empty orders criteria by their first scores, lowest first.</summary>
    public IReadOnlyList<string>? Order { get; init; }

    /// <summary>Per-criterion thresholds; a criterion not listed uses <see cref="DefaultThreshold"/>.</summary>
    public IReadOnlyDictionary<string, double> Thresholds { get; init; } = new Dictionary<string, double>();

    /// <summary>The threshold for criteria not in <see cref="Thresholds"/>.</summary>
    [Range(0.0, 1.0)]
    public double DefaultThreshold { get; init; } = 0.5;

    /// <summary>The most aligner runs per instance.</summary>
    [Range(0, 100)]
    public int MaxRewrites { get; init; } = 3;

    /// <summary>
    /// Re-score every criterion after each rewrite and gate the next criterion on the new scores.
    /// When off, gates use the first scores and one inspection after the last rewrite gives the final scores.
    /// </summary>
    public bool Reinspect { get; init; } = true;

    /// <summary>The threshold of <paramref name="criterion"/>.</summary>
    public double ThresholdOf(string criterion) => Thresholds.TryGetValue(criterion, out var t) ? t : DefaultThreshold;
}
