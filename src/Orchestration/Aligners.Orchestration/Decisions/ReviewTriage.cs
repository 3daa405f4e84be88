using System.Globalization;
using Aligners.Orchestration.Instances;

namespace Aligners.Orchestration.Decisions;

/// <summary>
/// Which finished answers a person should look at, free of I/O: those the policy holds for review,
/// those with an unresolved criterion (unless the policy says otherwise), and those whose final
/// score on a criterion lies within the policy's borderline band of its threshold.
/// </summary>
public static class ReviewTriage
{
    /// <summary>Why <paramref name="output"/> goes to the review queue, per criterion; empty when it does not.</summary>
    public static IReadOnlyList<ReviewReason> Reasons(AlignmentOutput output, AlignmentPolicy policy)
    {
        var reasons = new List<ReviewReason>();
        if (output.HeldForReview || policy.Review.Unresolved)
        {
            reasons.AddRange(output.Unresolved.Select(u => new ReviewReason(u.Criterion, $"{u.Criterion} unresolved ({u.Check}): {u.Reason}")));
        }
        var band = policy.Review.BorderlineBand;
        if (band > 0)
        {
            foreach (var (criterion, scores) in output.Scores.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                var threshold = policy.ThresholdOf(criterion);
                if (Math.Abs(scores.After - threshold) < band && output.Unresolved.All(u => u.Criterion != criterion))
                {
                    reasons.Add(new ReviewReason(criterion, string.Create(CultureInfo.InvariantCulture,
                        $"{criterion} borderline: score {scores.After:0.###} within {band:0.###} of the threshold {threshold:0.###}")));
                }
            }
        }
        return reasons;
    }
}

/// <summary>One reason to review an answer: the criterion concerned and what is wrong.</summary>
public sealed record ReviewReason(string Criterion, string Text);
