namespace Aligners.Inference.Privacy;

/// <summary>
/// The privacy criterion's score, on the inspectors' scale: P(aligned), the probability that the
/// text holds no personal data or secret. Each finding's confidence is read as the probability that
/// it is real, independently of the others, so
/// <code>P(aligned) = (1 - c1) * (1 - c2) * ... * (1 - cn)</code>
/// which is 1.0 with no findings, at most 1 - max(c) with any, and falls with every further finding.
/// Every detector reports 0.7 or more, so at the pipeline's threshold of 0.5 any finding flags the
/// text; two weak findings of 0.3 each (0.49) would too.
/// </summary>
public static class PrivacyScore
{
    /// <summary>The threshold below which a text is misaligned, as for the inspectors.</summary>
    public const double Threshold = 0.5;

    /// <summary>P(aligned) for findings of these confidences.</summary>
    public static double Of(IEnumerable<double> confidences)
    {
        var score = 1.0;
        foreach (var c in confidences)
        {
            score *= 1 - Math.Clamp(c, 0, 1);
        }
        return score;
    }
}

/// <summary>The findings of one scanned text, in text order, and its score.</summary>
/// <param name="Findings">Non-overlapping findings, ordered by start.</param>
public sealed record PrivacyScan(IReadOnlyList<PrivacyFinding> Findings)
{
    /// <summary>P(aligned): see <see cref="PrivacyScore"/>.</summary>
    public double Score { get; } = PrivacyScore.Of(Findings.Select(f => f.Confidence));

    /// <summary>The score is below <paramref name="threshold"/>.</summary>
    public bool Flagged(double threshold = PrivacyScore.Threshold) => Score < threshold;

    /// <summary>How many findings, per type, without values.</summary>
    public override string ToString() =>
        Findings.Count == 0 ? "no findings" : string.Join(", ", Findings.GroupBy(f => f.Type).Select(g => $"{g.Key}: {g.Count()}")) + $" (score {Score:0.000})";
}
