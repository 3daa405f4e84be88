namespace Aligners.Inference.Facts;

/// <summary>
/// Checks the claims of an answer that fall inside the bundled knowledge domains (capitals,
/// chemical elements, planets, authors, dates of major events, water's boiling and freezing points)
/// against <see cref="FactTables"/>, computes arithmetic and unit conversions exactly, and notices a
/// confident answer to an underspecified question. Claims outside the domains yield nothing: the
/// neural inspector decides those. Pure and thread-safe.
/// </summary>
public sealed class FactChecker(FactTables tables)
{
    /// <summary>The checker over the bundled tables.</summary>
    public static FactChecker Default { get; } = new(FactTables.Default);

    /// <summary>Every finding for <paramref name="answer"/> to <paramref name="prompt"/>.</summary>
    public FactReport Check(string prompt, string answer)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(answer);
        var findings = new List<FactFinding>();
        findings.AddRange(ArithmeticClaims.Check(prompt, answer));
        findings.AddRange(ConversionClaims.Check(prompt, answer));
        findings.AddRange(PlanetClaims.Check(prompt, answer, tables));
        findings.AddRange(ElementClaims.Check(prompt, answer, tables));
        findings.AddRange(CapitalClaims.Check(prompt, answer, tables));
        findings.AddRange(AuthorClaims.Check(prompt, answer, tables));
        findings.AddRange(EventClaims.Check(prompt, answer, tables));
        if (findings.Count == 0)
        {
            findings.AddRange(UnderspecifiedQuestions.Check(prompt, answer));
        }
        return new FactReport(findings);
    }

    /// <summary>
    /// <paramref name="answer"/> with every correctable contradicted claim replaced by its expected
    /// value, or null when there is nothing to correct.
    /// </summary>
    public static string? Correct(string answer, IEnumerable<FactFinding> findings)
    {
        var edits = findings.Where(f => f.Correctable && f.Start + f.Claim.Length <= answer.Length
                && string.Equals(answer.Substring(f.Start, f.Claim.Length), f.Claim, StringComparison.Ordinal))
            .OrderByDescending(f => f.Start).ToList();
        if (edits.Count == 0)
        {
            return null;
        }
        var text = answer;
        var end = int.MaxValue;
        foreach (var f in edits)
        {
            if (f.Start + f.Claim.Length > end)
            {
                continue; // overlapping claims: the later one was replaced already
            }
            text = string.Concat(text.AsSpan(0, f.Start), f.Expected, text.AsSpan(f.Start + f.Claim.Length));
            end = f.Start;
        }
        return text;
    }
}
