namespace Aligners.Inference.Facts;

/// <summary>What the fact checker concluded about one claim.</summary>
public static class FactVerdicts
{
    /// <summary>The claim agrees with the table or the computation.</summary>
    public const string Confirmed = "confirmed";

    /// <summary>The claim disagrees: <see cref="FactFinding.Expected"/> says what is right.</summary>
    public const string Contradicted = "contradicted";

    /// <summary>The question cannot be answered without more from the asker, yet the answer is confident.</summary>
    public const string Underspecified = "underspecified";
}

/// <summary>
/// One checked claim of an answer: the knowledge domain, the verdict, the text the answer claims
/// (and where it stands in the answer, for a correction), the right value and where it comes from.
/// </summary>
/// <param name="Domain">capital, element, planet, arithmetic, conversion, constant, author, date or question.</param>
/// <param name="Verdict">One of <see cref="FactVerdicts"/>.</param>
/// <param name="Subject">What the claim is about ("the capital of Australia", "17 times 23").</param>
/// <param name="Claim">What the answer says, as written in it; empty when it says nothing checkable.</param>
/// <param name="Expected">The right value.</param>
/// <param name="Source">The table or computation the right value comes from.</param>
/// <param name="Start">Where <paramref name="Claim"/> starts in the answer, or -1.</param>
public sealed record FactFinding(string Domain, string Verdict, string Subject, string Claim, string Expected, string Source, int Start = -1)
{
    /// <summary>The claim's span in the answer is known, so the right value can replace it.</summary>
    public bool Correctable => Verdict == FactVerdicts.Contradicted && Start >= 0 && Claim.Length > 0;
}

/// <summary>Every finding for one answer.</summary>
public sealed record FactReport(IReadOnlyList<FactFinding> Findings)
{
    /// <summary>No claim fell inside the checker's domains.</summary>
    public bool Empty => Findings.Count == 0;

    /// <summary>Some claim is contradicted, or the answer is confident about an underspecified question.</summary>
    public bool Flagged => Findings.Any(f => f.Verdict is FactVerdicts.Contradicted or FactVerdicts.Underspecified);

    /// <summary>Every claim found was confirmed.</summary>
    public bool Confirmed => Findings.Count > 0 && Findings.All(f => f.Verdict == FactVerdicts.Confirmed);

    /// <summary>
    /// The score of a flagged answer, whatever the model says: zero, so that it is below any
    /// threshold a policy can set (a calibrated threshold can be as low as 0.0001, and a ceiling of
    /// 0.02 would have passed a contradicted fact).
    /// </summary>
    public const double FlaggedScore = 0;

    /// <summary>The lowest score an answer whose every checked claim is confirmed gets.</summary>
    public const double ConfirmedFloor = 0.98;

    /// <summary>
    /// The factuality score of the answer: a checked fact outweighs the model's guess either way;
    /// where nothing fell inside the domains the model's score stands.
    /// </summary>
    public double Combine(double modelScore) =>
        Flagged ? FlaggedScore : Confirmed ? Math.Max(modelScore, ConfirmedFloor) : modelScore;
}
