namespace Aligners.Inference.Facts;

/// <summary>
/// Checks the claims of an answer that fall inside the bundled knowledge domains (capitals,
/// chemical elements, planets, authors, dates of major events, water's boiling and freezing points)
/// against <see cref="FactTables"/>, computes arithmetic and unit conversions exactly, and notices a
/// confident answer to an underspecified question. Claims outside the domains yield nothing: the
/// neural inspector decides those. Pure and thread-safe.
/// </summary>
/// <remarks>
/// The cost of a check grows with the length of the text and no faster, whatever the text: the
/// patterns run on the non-backtracking engine, or with a timeout that counts as finding nothing,
/// and only the first <see cref="MaxExaminedLength"/> characters are read. Numbers beyond
/// <see cref="MaxMagnitude"/> are outside the domains too.
/// </remarks>
public sealed class FactChecker(FactTables tables)
{
    /// <summary>
    /// The characters of an answer read for claims: about four times the longest answer the aligner
    /// writes (512 tokens), a tenth of the longest text the inference server accepts. An answer that
    /// runs past it is checked only for the claims it states on its own ("Sydney is the capital of
    /// Australia", "7 × 8 = 54") in its first characters, cut at a space so no word or number is
    /// split: judging it against the question needs all of it, since the result is the answer's
    /// last number and the right capital may come after the cut. A prompt longer than this is not
    /// read for a question.
    /// </summary>
    public const int MaxExaminedLength = 10_000;

    /// <summary>
    /// The largest magnitude of a number the checker judges: below 2^53, so every whole number up to
    /// it, and a sum of two of them, is exact in a double. A claim with an operand, a result or a
    /// value beyond it, or one that does not parse to a finite number (a 400-digit operand parses
    /// to infinity), is neither confirmed nor flagged, and no correction writes it.
    /// </summary>
    public const double MaxMagnitude = 1e15;

    /// <summary>The checker over the bundled tables.</summary>
    public static FactChecker Default { get; } = new(FactTables.Default);

    /// <summary>Every finding for <paramref name="answer"/> to <paramref name="prompt"/>.</summary>
    public FactReport Check(string prompt, string answer)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(answer);
        var examined = Examined(answer);
        // With no question, only the claims the answer states on its own are checked.
        var question = examined.Length == answer.Length && prompt.Length <= MaxExaminedLength ? prompt : "";
        var findings = new List<FactFinding>();
        findings.AddRange(ArithmeticClaims.Check(question, examined));
        var settled = findings.Any(e => e.Verdict == FactVerdicts.Contradicted);
        if (findings.Count == 0)
        {
            // A money chain judges its result; a wrong step of its working is still the statements' to correct.
            findings.AddRange(PriceChains.Check(question, examined));
        }
        if (!findings.Any(f => f.Domain == "arithmetic"))
        {
            // A change between counts that are no money; a money chain judged it already.
            findings.AddRange(PercentChange.Check(question, examined));
        }
        findings.AddRange(PercentOfWhole.Check(question, examined).Where(f => !Repeats(findings, f)).ToList());
        findings.AddRange(ChangeFromNote.Check(question, examined).Where(f => !Repeats(findings, f)).ToList());
        findings.AddRange(ConversionClaims.Check(question, examined));
        findings.AddRange(RaceDistances.Check(examined).Where(f => !Repeats(findings, f)).ToList());
        findings.AddRange(PlanetClaims.Check(question, examined, tables));
        findings.AddRange(PlanetSequence.Check(examined, tables).Where(f => !Repeats(findings, f)).ToList());
        findings.AddRange(ElementClaims.Check(question, examined, tables));
        findings.AddRange(ElementPairs.Check(examined, findings, tables).ToList());
        findings.AddRange(CapitalClaims.Check(question, examined, tables));
        findings.AddRange(AuthorClaims.Check(question, examined, tables));
        findings.AddRange(EventClaims.Check(question, examined, tables));
        var quantities = WrittenQuantity.Read(examined);
        findings.AddRange(ArithmeticStatements.Check(examined, quantities).Where(f => !settled && !findings.Any(e => e.Domain is "conversion" && e.Verdict == FactVerdicts.Contradicted) && !Repeats(findings, f)).ToList());
        findings.AddRange(NumberFacts.Check(question, examined));
        findings.AddRange(ZeroParity.Check(question, examined));
        // Where a check of the question's shape answered in a domain, it judged the answer's claim there.
        var answered = findings.Select(f => f.Domain).ToHashSet();
        findings.AddRange(ClaimReader.Read(question, examined, tables, quantities).Where(f => !answered.Contains(f.Domain) && !Repeats(findings, f)).ToList());
        if (findings.Count == 0)
        {
            findings.AddRange(UnderspecifiedQuestions.Check(question, examined));
        }
        return new FactReport(findings.Select(CorrectionStyle.LikeClaim).Select(f => CorrectionSign.Reconciled(examined, f)).ToList());
    }

    /// <summary>
    /// Whether a claim read from the answer's text was already judged by a check of the question's
    /// shape: the same place in the answer, or the same domain and value confirmed.
    /// </summary>
    private static bool Repeats(List<FactFinding> findings, FactFinding f) =>
        findings.Any(e => (f.Start >= 0 && e.Start == f.Start)
            || (e.Verdict == f.Verdict && e.Verdict == FactVerdicts.Confirmed && (e.Domain == f.Domain || f.Domain is "record" or "measure")
                && string.Equals(e.Expected, f.Expected, StringComparison.OrdinalIgnoreCase))
            || (e.Domain == f.Domain && e.Verdict == FactVerdicts.Contradicted && e.Start >= 0 && f.Start >= 0 && Overlap(e, f)));

    private static bool Overlap(FactFinding a, FactFinding b) => a.Start < b.Start + b.Claim.Length && b.Start < a.Start + a.Claim.Length;

    /// <summary>
    /// <paramref name="answer"/> whole where it fits <see cref="MaxExaminedLength"/>, else its first
    /// characters up to the last white space that fits (none where there is no such space).
    /// </summary>
    private static string Examined(string answer)
    {
        if (answer.Length <= MaxExaminedLength)
        {
            return answer;
        }
        // The character right after the budget may be the space that ends its last word.
        for (var end = MaxExaminedLength; end > 0; end--)
        {
            if (char.IsWhiteSpace(answer[end]))
            {
                return answer[..end];
            }
        }
        return "";
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
