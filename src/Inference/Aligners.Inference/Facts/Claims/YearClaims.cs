using System.Globalization;
using System.Text.RegularExpressions;

namespace Aligners.Inference.Facts;

/// <summary>
/// Years wherever they stand: the year of a dated event ("the Berlin Wall fell in 1991") and of an
/// invention, discovery or work ("Fleming discovered penicillin in 1938"), in a summary, a list or
/// an agreement. Each year goes to the nearest event or discovery named in its segment; an event
/// that shares its phrase with another ("built", "fell") goes by the nearest word that tells them apart.
/// </summary>
internal static partial class YearClaims
{
    /// <summary>Words that date a discovery rather than merely mention a year near it ("by 1960 most homes had one").</summary>
    private static readonly string[] Dating =
        ["invent", "discover", "formulat", "develop", "propos", "paint", "compos", "wrote", "written", "creat", "found", "devised", "patent",
         "publish", "first", "introduc", "demonstrat", "identif", "isolat", "built", "made", "came up", "sculpt", "premiere", "complet", "launch", "unveil"];

    public static IEnumerable<FactFinding> Check(ClaimContext context, FactTables tables)
    {
        var folded = context.Answer.Folded;
        foreach (var segment in context.Segments)
        {
            var years = Years(context.Answer.Text, segment).ToList();
            if (years.Count == 0)
            {
                continue;
            }
            var discoveries = context.In(segment, MentionKind.Discovery).Where(d => tables.Discoveries[Index(d.Key)].Years.Count > 0).ToList();
            if (discoveries.Count > 0 && context.HasCueIn(Dating, segment))
            {
                // A year dates a discovery of its own clause ("created in 2005 after the Linux kernel
                // community..." dates the creation, not Linux), or all of the sentence it opens ("In 1928, ...").
                var paired = years.Select(y => (Year: y, Discovery: discoveries.Where(d => SameClause(folded, segment, d, y))
                        .OrderBy(d => ClaimContext.Gap(d, y)).ThenBy(d => d.Start <= y.Start ? 0 : 1).FirstOrDefault()))
                    .Where(p => p.Discovery != default && !DatesAPrize(folded, p.Year) && DatedInClause(folded, segment, p.Discovery, p.Year)
                        && !DatedSubjects.OfAnother(context.Answer.Text, segment, p.Discovery, p.Year))
                    .GroupBy(p => p.Discovery.Key, p => p.Year);
                foreach (var group in paired)
                {
                    var fact = tables.Discoveries[Index(group.Key)];
                    var expected = string.Join(" or ", fact.Years);
                    if (Judge(context, segment, "date", $"the year of {fact.Subject}", group.ToList(), y => fact.Years.Contains(y), expected, fact.Source) is { } f)
                    {
                        yield return f;
                    }
                }
            }
            var events = context.In(segment, MentionKind.Event).ToList();
            if (events.Count == 0)
            {
                continue;
            }
            var byEvent = new Dictionary<int, List<Mention>>();
            foreach (var year in years)
            {
                if (EventOf(context, segment, events, year, tables) is { } e)
                {
                    (byEvent.TryGetValue(e, out var list) ? list : byEvent[e] = []).Add(year);
                }
            }
            foreach (var (e, found) in byEvent)
            {
                // "Apollo 13" beside "Moon landing" dates another mission than the table's Apollo 11.
                if (NamedSibling(context, segment, tables.Folded.EventKeywords[e]))
                {
                    continue;
                }
                var fact = tables.Events[e];
                var year = fact.Year.ToString(CultureInfo.InvariantCulture);
                if (Judge(context, segment, "date", fact.Event, found, y => y == fact.Year, year, tables.Sources["events"]) is { } f)
                {
                    yield return f;
                }
            }
        }
    }

    /// <summary>Whether the segment, or the prompt it answers, names another event of the event's numbered series and not the event itself.</summary>
    private static bool NamedSibling(ClaimContext context, (int Start, int End) segment, IEnumerable<string> keywords) =>
        NumberedEvents.NamesSibling(context.Answer.Folded, segment.Start, segment.End, keywords)
        || NumberedEvents.NamesSibling(context.Prompt.Folded, 0, context.Prompt.Folded.Length, keywords)
            && !NumberedEvents.NamesOwn(context.Answer.Folded, segment.Start, segment.End, keywords);

    /// <summary>Words that open a clause of their own inside a sentence.</summary>
    private static readonly string[] ClauseBreaks = [" and ", " but ", " after ", " before ", " when ", " while ", " until ", " since ", " whereas ", "(", ")", "—", " – ", " - "];

    /// <summary>Nouns a year written before them dates instead of the discovery: "the 1911 Nobel Prize for the discovery of radium".</summary>
    private static readonly string[] Honours = ["nobel", "prize", "award", "medal"];

    /// <summary>Whether the year stands before an honour it dates ("the 1911 Nobel Prize").</summary>
    private static bool DatesAPrize(string folded, Mention year)
    {
        var after = year.End;
        while (after < folded.Length && folded[after] == ' ')
        {
            after++;
        }
        return Honours.Any(h => string.CompareOrdinal(folded, after, h, 0, h.Length) == 0);
    }

    /// <summary>Whether a mention and a year stand in one clause, or the year opens the segment ("In 1928, ...").</summary>
    private static bool SameClause(string folded, (int Start, int End) segment, Mention d, Mention year)
    {
        var (from, to) = d.Start < year.Start ? (d.End, year.Start) : (year.End, d.Start);
        if (from >= to || !ClauseBreaks.Any(b => folded.IndexOf(b, from, to - from, StringComparison.Ordinal) >= 0))
        {
            return true;
        }
        return year.Start < d.Start && folded.AsSpan(segment.Start, year.Start - segment.Start).Trim().Length <= 8;
    }

    /// <summary>Whether a dating word ("invented", "published") stands in the clause of the year and the discovery.</summary>
    private static bool DatedInClause(string folded, (int Start, int End) segment, Mention d, Mention year)
    {
        var start = Math.Min(d.Start, year.Start);
        var end = Math.Max(d.End, year.End);
        // The clause reaches back to the break before its first word and on to the break after its last.
        var before = ClauseBreaks.Select(b => folded.LastIndexOf(b, Math.Max(segment.Start, start - 1), Math.Max(0, start - segment.Start), StringComparison.Ordinal)).Max();
        var from = before < segment.Start ? segment.Start : before;
        var after = ClauseBreaks.Select(b => folded.IndexOf(b, end, segment.End - end, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(segment.End).Min();
        return ClaimContext.HasCueIn(folded, Dating, (from, after)) || SameClause(folded, segment, d, year) && year.Start < d.Start && from == segment.Start;
    }

    /// <summary>
    /// The event a year belongs to: among the events named in the segment nearest the year, the one
    /// whose telling word ("fell", "built") stands nearest it; none where an event needs such a word and none is there.
    /// </summary>
    private static int? EventOf(ClaimContext context, (int Start, int End) segment, List<Mention> events, Mention year, FactTables tables)
    {
        var folded = context.Answer.Folded;
        var nearest = events.OrderBy(e => ClaimContext.Gap(e, year)).First();
        var phrase = folded.Substring(nearest.Start, nearest.Length);
        var candidates = Enumerable.Range(0, tables.Events.Count)
            .Where(i => tables.Folded.EventKeywords[i].Contains(phrase) || i.ToString(CultureInfo.InvariantCulture) == nearest.Key).ToList();
        int? best = null;
        var bestDistance = int.MaxValue;
        foreach (var i in candidates)
        {
            var fact = tables.Events[i];
            if (fact.Qualifiers.Count == 0)
            {
                if (candidates.Count == 1)
                {
                    return i;
                }
                continue;
            }
            foreach (var q in tables.Folded.EventQualifiers[i])
            {
                for (var at = folded.IndexOf(q, segment.Start, segment.End - segment.Start, StringComparison.Ordinal); at >= 0 && at + q.Length <= segment.End;
                     at = at + 1 < segment.End ? folded.IndexOf(q, at + 1, segment.End - at - 1, StringComparison.Ordinal) : -1)
                {
                    // English dates what it has just said ("fell in 1989"): a word before the year counts first.
                    var distance = at < year.Start ? year.Start - at : at - year.Start + 40;
                    if ((at == 0 || !char.IsLetter(folded[at - 1])) && distance < bestDistance)
                    {
                        (best, bestDistance) = (i, distance);
                    }
                }
            }
        }
        return best;
    }

    /// <summary>
    /// The finding for the years a segment gives one dated subject: confirmed where any is right,
    /// else the first contradicted, unless the segment denies or contrasts the dates.
    /// </summary>
    internal static FactFinding? Judge(ClaimContext context, (int Start, int End) segment, string domain, string subject, List<Mention> years,
        Func<int, bool> isRight, string expected, string source)
    {
        var right = years.FirstOrDefault(y => isRight(int.Parse(y.Key, CultureInfo.InvariantCulture)));
        if (right != default)
        {
            return new FactFinding(domain, FactVerdicts.Confirmed, subject, right.Key, expected, source);
        }
        if (context.Negated(segment) || context.Contrasted(segment) && years.Count > 1)
        {
            return null;
        }
        var wrong = years[0];
        return new FactFinding(domain, FactVerdicts.Contradicted, subject, wrong.Key, expected, source, wrong.Start);
    }

    /// <summary>Years from 1000 to 2099 in the segment: four digits alone, not "1920s", "12,1912" or "3.1912".</summary>
    internal static IEnumerable<Mention> Years(string text, (int Start, int End) segment)
    {
        // Each run of digits inside the segment (what "\d+" matches), read in place: every segment of every answer is read for years.
        for (var start = segment.Start; start < segment.End; start++)
        {
            if (!char.IsDigit(text[start]))
            {
                continue;
            }
            var end = start + 1;
            while (end < segment.End && char.IsDigit(text[end]))
            {
                end++;
            }
            if (end - start == 4 && (text[start] == '1' || (text[start] == '2' && text[start + 1] == '0'))
                && (start == 0 || text[start - 1] is not (',' or '.' or '-' or '/'))
                && (end == text.Length || !char.IsLetter(text[end]) && !(text[end] is ',' or '.' && end + 1 < text.Length && char.IsDigit(text[end + 1]))))
            {
                yield return new Mention(MentionKind.Event, text.Substring(start, 4), start, 4);
            }
            start = end;
        }
    }

    private static int Index(string key) => int.Parse(key, CultureInfo.InvariantCulture);
}
