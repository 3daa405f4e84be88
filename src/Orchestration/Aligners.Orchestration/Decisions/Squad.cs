using Aligners.Orchestration.Instances;

namespace Aligners.Orchestration.Decisions;

/// <summary>
/// The squad's rules (Ngweta et al.), free of I/O: the order in which criteria are visited and
/// whether a criterion's aligner runs. Whether its rewrite is kept is <see cref="AcceptanceGate"/>'s call.
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

    /// <summary>
    /// What a visit to a criterion does: nothing when it scores at or above its threshold
    /// (<see cref="SquadOutcomes.Passed"/>), a rewrite while rewrites remain (null), else it is left
    /// unresolved (<see cref="SquadOutcomes.NoRewritesLeft"/>).
    /// </summary>
    public static string? Visit(double score, double threshold, int rewritesSoFar, int maxRewrites) =>
        score >= threshold ? SquadOutcomes.Passed
        : rewritesSoFar >= maxRewrites ? SquadOutcomes.NoRewritesLeft
        : null;
}
