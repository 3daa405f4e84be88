namespace Aligners.Inference.Tests.Facts;

/// <summary>
/// What the fact checker's tests assert over and over, against the bundled facts: an answer's one
/// contradicted claim, read where it stands; a right answer confirmed; nothing flagged.
/// </summary>
internal static class FactAssert
{
    /// <summary>The checker over the bundled facts.</summary>
    public static FactChecker Checker { get; } = FactChecker.Default;

    /// <summary>The answer's one contradicted claim.</summary>
    public static FactFinding Contradiction(string prompt, string answer) =>
        Assert.Single(Checker.Check(prompt, answer).Findings, f => f.Verdict == FactVerdicts.Contradicted);

    /// <summary>
    /// The answer's one contradicted claim: <paramref name="claim"/>, read at its place in the answer,
    /// where the facts say <paramref name="expected"/>.
    /// </summary>
    public static FactFinding ContradictedAt(string prompt, string answer, string claim, string expected)
    {
        var finding = Contradiction(prompt, answer);
        Assert.Equal((claim, expected), (finding.Claim, finding.Expected));
        Assert.Equal(claim, answer.Substring(finding.Start, claim.Length));
        return finding;
    }

    /// <summary>The report on an answer the checker confirms (the findings are the message when it does not).</summary>
    public static FactReport Confirmed(string prompt, string answer)
    {
        var report = Checker.Check(prompt, answer);
        Assert.True(report.Confirmed, string.Join("; ", report.Findings));
        return report;
    }

    /// <summary>The report on an answer the checker flags nothing in (the findings are the message when it does).</summary>
    public static FactReport NotFlagged(string prompt, string answer)
    {
        var report = Checker.Check(prompt, answer);
        Assert.False(report.Flagged, string.Join("; ", report.Findings.Select(f => $"{f.Domain} {f.Subject}: {f.Claim} vs {f.Expected}")));
        return report;
    }
}
