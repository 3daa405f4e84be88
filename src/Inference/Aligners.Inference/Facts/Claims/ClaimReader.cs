namespace Aligners.Inference.Facts;

/// <summary>
/// Reads every checkable claim of an answer wherever it stands (sentences, clauses, list items,
/// table rows, "X: Y" pairs) and checks it against the tables: the relations (capital, language,
/// currency, continent, moon, discoverer, element state and block), element symbols and numbers,
/// works' authors, years, record holders, measures and bodies called planets. Where the answer agrees with the user ("Yes, that's
/// right", "Your teacher is correct"), the prompt's claims are read too, and a wrong one is the answer's, its agreement with it too.
/// </summary>
internal static class ClaimReader
{
    public static List<FactFinding> Read(string prompt, string answer, FactTables tables) => Read(prompt, answer, tables, WrittenQuantity.Read(answer));

    /// <summary>The claims of <paramref name="answer"/>, with its numbers already read.</summary>
    public static List<FactFinding> Read(string prompt, string answer, FactTables tables, List<WrittenQuantity> quantities)
    {
        var context = new ClaimContext(prompt, answer, tables.Index);
        var findings = Claims(context, tables, quantities);
        if (prompt.Length > 0 && AgreementOpening.Find(answer) is { } opening)
        {
            // The prompt's own claims, read as if the answer had said them; a correction cannot
            // replace them in the answer, so they are flagged without a place in it.
            var echoed = new ClaimContext("", prompt, tables.Index);
            var wrong = Claims(echoed, tables, WrittenQuantity.Read(prompt)).Where(f => f.Verdict == FactVerdicts.Contradicted)
                .Select(f => f with { Subject = f.Subject + " (the user's claim, agreed with)", Start = -1 }).ToList();
            findings.AddRange(wrong);
            if (wrong.Count > 0)
            {
                // The agreement is the answer's own wrong claim: corrected to a disagreement in its
                // place, so a correction of the rest does not read "Yes, ..." before the right value.
                var written = answer.Substring(opening.Start, opening.Length);
                findings.Add(new FactFinding(wrong[0].Domain, FactVerdicts.Contradicted, "whether the user's claim is right", written,
                    AgreementOpening.Disagreement(written), wrong[0].Source, opening.Start));
            }
        }
        return findings;
    }

    private static List<FactFinding> Claims(ClaimContext context, FactTables tables, List<WrittenQuantity> quantities)
    {
        var findings = new List<FactFinding>();
        if (context.Mentions.Count > 0)
        {
            foreach (var relation in tables.Relations)
            {
                findings.AddRange(RelationClaims.Check(context, relation));
            }
            findings.AddRange(ListedCapitals.Check(context, tables).Where(f => !findings.Any(e => e.Domain == "capital" && e.Subject == f.Subject)).ToList());
            findings.AddRange(CapitalLists(context, tables));
            findings.AddRange(SymbolClaims.Check(context, tables));
            findings.AddRange(RecordClaims.Check(context, tables));
            findings.AddRange(PossessiveCapitals.Check(context, tables).Where(f => !findings.Any(e => e.Domain == "capital" && e.Subject == f.Subject)).ToList());
            findings.AddRange(RegionClaims.Check(context, tables).Where(f => !findings.Any(e => e.Domain == "continent" && e.Subject == f.Subject)).ToList());
            // A highest point the record rule judged already, as a rival it knows, is not judged twice.
            findings.AddRange(HighestPointClaims.Check(context, tables)
                .Where(f => !findings.Any(e => e.Domain == "record" && ((f.Start >= 0 && e.Start == f.Start) || (e.Verdict == f.Verdict && e.Claim == f.Claim)))).ToList());
        }
        findings.AddRange(StatedAuthors.Check(context, tables));
        findings.AddRange(StatedDiscoverers.Check(context, tables).Where(f => !findings.Any(e => e.Domain == "discovery" && e.Subject == f.Subject)).ToList());
        // A work's own year ("On the Origin of Species", 1859) judges its publication before the
        // discovery it tells of (natural selection, 1858 or 1859) does.
        var workYears = WorkYears.Check(context, tables).ToList();
        findings.AddRange(YearClaims.Check(context, tables).Where(f => !workYears.Any(w => (w.Start >= 0 && w.Start == f.Start) || (w.Verdict == f.Verdict && w.Claim == f.Claim))).ToList());
        findings.AddRange(workYears);
        findings.AddRange(MeasureClaims.Check(context, tables, quantities));
        findings.AddRange(NotPlanets.Check(context.Answer.Text, tables));
        return findings;
    }

    /// <summary>The listed capitals of each country with several that the answer or the prompt names.</summary>
    private static IEnumerable<FactFinding> CapitalLists(ClaimContext context, FactTables tables)
    {
        var asked = context.PromptMentions.Where(m => m.Kind == MentionKind.Country).Select(m => m.Key).ToHashSet();
        foreach (var code in context.Mentions.Where(m => m.Kind == MentionKind.Country).Select(m => m.Key).Concat(asked).Distinct().ToList())
        {
            var country = tables.Keys.Countries[code];
            if (country.Capitals.Count > 1)
            {
                foreach (var finding in CapitalSets.Check(context.Answer.Text, country, tables, asked.Contains(code)))
                {
                    yield return finding;
                }
            }
        }
    }
}
