using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Privacy;

namespace Aligners.Orchestration.Decisions;

/// <summary>
/// The squad's rules (Ngweta et al.), free of I/O: the order in which criteria are visited and
/// whether a criterion's aligner runs. Whether its rewrite is kept is <see cref="AcceptanceGate"/>'s call.
/// </summary>
public static class Squad
{
    /// <summary>
    /// The visiting order: the privacy criterion first, whatever the scores or the policy's order;
    /// then the policy's fixed order when it has one (criteria it leaves out follow by score), else
    /// lowest first score first. Ties break by the order of <paramref name="criteria"/>.
    /// </summary>
    /// <remarks>
    /// Privacy goes first because its redaction is cheap and certain, and because every aligner
    /// after it (an LLM aligner is an outside service) then works on a text without the personal
    /// data; a later rewrite that brings some back falls below privacy's threshold and is refused.
    /// It also never waits behind rewrites that use up the policy's <see cref="AlignmentPolicy.MaxRewrites"/>.
    /// </remarks>
    public static IReadOnlyList<string> Order(IReadOnlyList<string> criteria, IReadOnlyDictionary<string, double> firstScores,
        AlignmentPolicy policy)
    {
        var first = criteria.Where(c => c == PrivacyCriterion.Name).Take(1).ToList();
        var byScore = criteria.Select((c, i) => (c, i)).Where(p => !first.Contains(p.c)).OrderBy(p => firstScores[p.c]).ThenBy(p => p.i).Select(p => p.c);
        if (policy.Order is not { Count: > 0 } fixedOrder)
        {
            return [.. first, .. byScore];
        }
        var head = fixedOrder.Where(c => criteria.Contains(c) && !first.Contains(c)).Distinct().ToList();
        return [.. first, .. head, .. byScore.Where(c => !head.Contains(c))];
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
