using Aligners.Orchestration.Instances;

namespace Aligners.Orchestration.Decisions;

/// <summary>
/// The squad's rules (Ngweta et al.), free of I/O: the order in which criteria are visited and the
/// gate that decides whether a criterion's aligner runs.
/// </summary>
public static class Squad
{
    /// <summary>
    /// The visiting order: the policy's fixed order when it has one (criteria it leaves out follow
    /// by score), else lowest first score first. Ties break by the order of <paramref name="criteria"/>.
    /// </summary>
    public static IReadOnlyList<string> Order(IReadOnlyList<string> criteria, IReadOnlyDictionary<string, double> firstScores,
        AlignmentPolicy policy)
    {
        var byScore = criteria.Select((c, i) => (c, i)).OrderBy(p => firstScores[p.c]).ThenBy(p => p.i).Select(p => p.c);
        if (policy.Order is not { Count: > 0 } fixedOrder)
        {
            return [.. byScore];
        }
        var head = fixedOrder.Where(criteria.Contains).Distinct().ToList();
        return [.. head, .. byScore.Where(c => !head.Contains(c))];
    }

    /// <summary>Whether the aligner of a criterion runs: its current score is below its threshold and rewrites remain.</summary>
    public static bool Gate(double score, double threshold, int rewritesSoFar, int maxRewrites) =>
        score < threshold && rewritesSoFar < maxRewrites;
}
