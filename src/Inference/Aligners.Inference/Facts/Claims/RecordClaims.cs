using System.Text.RegularExpressions;

namespace Aligners.Inference.Facts;

/// <summary>
/// Record holders wherever they stand: "the highest mountain in Africa is Mount Kenya", "Japan's
/// highest peak, Mount Fuji", "the hardest mineral is quartz". The record asked for ("highest
/// mountain") and where it holds (a continent, country or planet named in the segment; the world
/// where none is) pick the fact; a rival of its group named in the segment instead of the answer
/// contradicts it. A segment that names rivals without the record takes the prompt's, unless the
/// answer names the record's holder elsewhere: then those rivals are comparisons ("about 11 times
/// Earth's diameter"), not another answer.
/// </summary>
internal static partial class RecordClaims
{
    private static readonly string[] World = ["world", "earth", "planet", "globe", "solar system"];

    public static IEnumerable<FactFinding> Check(ClaimContext context, FactTables tables)
    {
        foreach (var segment in context.Segments)
        {
            var records = context.In(segment, MentionKind.Record).ToList();
            var inPrompt = records.Count == 0 || (!records.Any(r => FactFor(tables, r, context.Answer.Folded, segment.Start, segment.End, context.Mentions, context.Answer.Text) is not null)
                && FirstToName(context, segment));
            if (inPrompt)
            {
                records = context.PromptMentions.Where(m => m.Kind == MentionKind.Record).Take(1).ToList();
            }
            foreach (var record in records)
            {
                var scopeText = inPrompt ? context.Prompt.Folded : context.Answer.Folded;
                var (from, to) = inPrompt ? (0, scopeText.Length) : segment;
                var fact = (inPrompt ? Labelled(tables, record, context, segment) : null)
                    ?? FactFor(tables, record, scopeText, from, to, inPrompt ? context.PromptMentions : context.Mentions,
                        inPrompt ? context.Prompt.Text : context.Answer.Text);
                if (fact is null || RecordSex.Other(fact.Fact, scopeText, from, to))
                {
                    continue;
                }
                var answers = fact.Answers;
                var scope = fact.Scope;
                var rivals = context.In(segment, MentionKind.Rival)
                    .Where(r => r.Key == fact.Fact.Group && !(records.Any(x => !inPrompt && x.Overlaps(r))) && !scope.Contains(context.Answer.Folded.Substring(r.Start, r.Length)))
                    .ToList();
                if (rivals.Count == 0)
                {
                    continue;
                }
                var subject = $"the {record.Key}{(fact.Scope.Count > 0 && !World.Contains(fact.Scope[0]) ? " of " + fact.Fact.Scope[0] : "")}";
                var right = rivals.FirstOrDefault(r => answers.Contains(context.Answer.Folded.Substring(r.Start, r.Length)));
                if (right != default)
                {
                    yield return new FactFinding("record", FactVerdicts.Confirmed, subject, context.Written(right), fact.Fact.Answer[0], fact.Fact.Source);
                }
                else if (inPrompt && NamedAnywhere(context, fact))
                {
                    continue;
                }
                else if (!context.Negated(segment))
                {
                    var wrong = inPrompt ? rivals[0] : rivals.OrderBy(r => ClaimContext.Gap(r, record)).First();
                    yield return new FactFinding("record", FactVerdicts.Contradicted, subject, context.Written(wrong), fact.Fact.Answer[0], fact.Fact.Source, wrong.Start);
                }
            }
        }
    }

    /// <summary>
    /// Whether no segment before this one names a holder: the first place an answer names one is
    /// where it answers the prompt's record, even when it goes on to a record of a place the tables
    /// do not know ("Chimborazo ... it's the highest point in the Andes" for South America's highest).
    /// </summary>
    private static bool FirstToName(ClaimContext context, (int Start, int End) segment) =>
        !context.Mentions.Any(m => m.Kind == MentionKind.Rival && m.Start >= 0 && m.End <= segment.Start);

    /// <summary>Whether the answer names the record's holder in any segment.</summary>
    private static bool NamedAnywhere(ClaimContext context, FoldedRecord fact) =>
        context.Mentions.Any(m => m.Kind == MentionKind.Rival && m.Key == fact.Fact.Group && m.Start >= 0 && m.End <= context.Answer.Folded.Length
            && fact.Answers.Contains(context.Answer.Folded.Substring(m.Start, m.Length)));

    /// <summary>
    /// Whether the record phrase is followed by a place the tables do not know ("the longest river
    /// in the EU", "the tallest building in Dubai"): the record then holds somewhere else than the world.
    /// </summary>
    private static bool NarrowedToAName(string text, Mention record)
    {
        if (record.Start < 0 || record.End > text.Length)
        {
            return false;
        }
        var m = Narrowing().Match(text, record.End, Math.Min(40, text.Length - record.End));
        return m.Success && !World.Contains(m.Groups["name"].Value.ToLowerInvariant());
    }

    [GeneratedRegex(@"^\s+(?:in|of|on|across|within)\s+(?:the\s+)?(?<name>\p{Lu}[\p{L}\p{Lu}.]*)",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Narrowing();

    /// <summary>
    /// The fact for the prompt's record that a segment answers for one place it names before its
    /// holder: "1. **Africa** – Congo River" in a list of each continent's longest river.
    /// </summary>
    private static FoldedRecord? Labelled(FactTables tables, Mention record, ClaimContext context, (int Start, int End) segment)
    {
        var candidates = tables.Folded.Records.GetValueOrDefault(record.Key, []);
        var groups = candidates.Select(c => c.Fact.Group).ToHashSet();
        var holders = context.In(segment, MentionKind.Rival).Where(r => groups.Contains(r.Key)).ToList();
        if (holders.Count == 0)
        {
            return null;
        }
        var folded = context.Answer.Folded;
        var before = holders.Min(h => h.Start);
        var found = new List<(FoldedRecord Fact, int At)>();
        foreach (var fact in candidates.Where(f => f.Scope.Count > 0 && !f.Scope.Any(World.Contains)))
        {
            foreach (var s in fact.Scope)
            {
                var at = ClaimContext.FirstWordStart(folded, s, segment.Start, before);
                var place = new Mention(MentionKind.Country, s, at, s.Length);
                if (at >= 0 && (at + s.Length >= folded.Length || !char.IsLetter(folded[at + s.Length])) && !PartOf(folded, at)
                    && !context.Mentions.Any(m => m.Kind is MentionKind.Country or MentionKind.Rival && m.Overlaps(place) && m.Length > place.Length))
                {
                    found.Add((fact, at));
                }
            }
        }
        // A label of two places ("Australia/Oceania") is answered where the holder is either's.
        var named = holders.Select(h => folded.Substring(h.Start, h.Length)).ToList();
        return found.Where(f => f.Fact.Answers.Any(named.Contains)).Select(f => f.Fact).FirstOrDefault()
            ?? found.OrderBy(f => f.At).Select(f => f.Fact).FirstOrDefault();
    }

    /// <summary>Words that make a continent's name a region of it ("Southeast Asia", "Western Europe").</summary>
    private static readonly string[] Regions =
        ["north ", "south ", "east ", "west ", "central ", "northern ", "southern ", "eastern ", "western ", "southeast ", "south-east ", "southeastern ",
         "northeast ", "north-east ", "northeastern ", "southwest ", "south-west ", "northwest ", "north-west ", "sub-saharan ", "subsaharan ", "mainland "];

    /// <summary>Whether the place at <paramref name="at"/> is named as a part of itself ("Southeast Asia"): the record then holds for the part, which the tables do not know.</summary>
    private static bool PartOf(string folded, int at) =>
        Regions.Any(r => at >= r.Length && string.CompareOrdinal(folded, at - r.Length, r, 0, r.Length) == 0 && (at == r.Length || !char.IsLetter(folded[at - r.Length - 1])));

    /// <summary>
    /// The fact for a record phrase: the one whose scope is named in the text nearest the phrase;
    /// else the world's, where the text names no country, continent or planet that could be a scope.
    /// </summary>
    private static FoldedRecord? FactFor(FactTables tables, Mention record, string folded, int from, int to, List<Mention> mentions, string text)
    {
        var candidates = tables.Folded.Records.GetValueOrDefault(record.Key, []);
        // The scope the phrase names itself decides: another scope's value is no correction of it.
        var (kind, held) = RecordScope.After(text, folded, record.End, candidates.SelectMany(c => c.Scope));
        // A place after a record that is the world's by definition says where it was set ("won the
        // 2010 World Cup in South Africa"), not which record is meant.
        var anywhere = candidates.FirstOrDefault(f => f.Fact.Anywhere && f.Scope.Count == 0);
        switch (kind)
        {
            case RecordScopeKind.Held:
                return candidates.FirstOrDefault(c => c.Scope.Contains(held!)) ?? anywhere;
            case RecordScopeKind.World:
                return candidates.FirstOrDefault(f => f.Scope.Count == 0 || f.Scope.Any(World.Contains));
            case RecordScopeKind.Unheld:
                return anywhere;
        }
        var groups = candidates.Select(c => c.Fact.Group).ToHashSet();
        var rivals = mentions.Where(m => m.Kind == MentionKind.Rival && groups.Contains(m.Key) && m.Start >= from && m.End <= to).ToList();
        FoldedRecord? best = null;
        var bestGap = int.MaxValue;
        foreach (var fact in candidates.Where(f => f.Scope.Count > 0))
        {
            foreach (var s in fact.Scope)
            {
                for (var at = folded.IndexOf(s, from, to - from, StringComparison.Ordinal); at >= 0 && at + s.Length <= to;
                     at = at + 1 < to ? folded.IndexOf(s, at + 1, to - at - 1, StringComparison.Ordinal) : -1)
                {
                    var place = new Mention(MentionKind.Country, s, at, s.Length);
                    // "Mount Kenya" names a mountain, not the place Kenya; "South Africa" a country, not the continent.
                    if (!ClaimContext.HasWordStart(folded, s, at, at + s.Length) || RecordScope.InLaterClause(text, record.End, at) || PartOf(folded, at)
                        || (at + s.Length < folded.Length && char.IsLetter(folded[at + s.Length])) || rivals.Any(r => r.Overlaps(place) && r.Length > place.Length)
                        || mentions.Any(m => m.Kind == MentionKind.Country && m.Overlaps(place) && m.Length > place.Length))
                    {
                        continue;
                    }
                    var gap = record.Start < 0 ? at : ClaimContext.Gap(record, place);
                    if (gap < bestGap)
                    {
                        (best, bestGap) = (fact, gap);
                    }
                }
            }
        }
        if (best is not null)
        {
            return best;
        }
        // "The highest mountain in Belgium", "the largest country in South America": a place that
        // is not one of the rivals narrows the record to where the tables hold no fact.
        // The Earth is the world's scope, not a narrower one ("covering a third of Earth's surface").
        var scoped = mentions.Any(m => m.Start >= from && m.End <= to && m.Kind is MentionKind.Country or MentionKind.Continent or MentionKind.Planet or MentionKind.Capital
            && !(m.Kind == MentionKind.Planet && m.Key == "Earth") && !rivals.Any(r => r.Overlaps(m)));
        var world = candidates.FirstOrDefault(f => f.Scope.Count == 0 || f.Scope.Any(World.Contains));
        return (scoped || NarrowedToAName(text, record)) && world?.Fact.Anywhere != true ? null : world;
    }
}
