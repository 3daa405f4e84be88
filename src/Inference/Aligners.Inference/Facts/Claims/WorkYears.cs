namespace Aligners.Inference.Facts;

/// <summary>
/// The year a well-known work came out, where the answer dates its publication: "George Orwell
/// wrote 1984, published in 1939". Only words of publication date a work here ("published", "came
/// out"): the year a book was written, set or filmed is another claim, which the tables do not hold.
/// A title is matched as written, capitals and all, so "his beloved dog" names no novel; an answer
/// that names no work dates the one its prompt asks about ("When was Brave New World published?"
/// "It came out in 1948.").
/// </summary>
internal static class WorkYears
{
    private static readonly string[] Published =
        ["publish", "came out", "come out", "first printed", "first appeared", "appeared in print", "first edition", "hit the shelves", "hit shelves"];

    public static IEnumerable<FactFinding> Check(ClaimContext context, FactTables tables)
    {
        // Every answer passes here; only one that speaks of publishing is read for titles.
        if (!context.Segments.Any(segment => context.HasCueIn(Published, segment)))
        {
            yield break;
        }
        var text = context.Answer.Text;
        // A title of one word ("Emma", "Dracula") is also a name or a film: it is the book only beside its author.
        var dated = tables.Works.Where(w => w.Years is { Count: > 0 }
            && (w.Title.Contains(' ') || ClaimText.Has(text, w.Surname) || ClaimText.Has(context.Prompt.Text, w.Surname))).ToList();
        var inAnswer = dated.SelectMany(w => Titles(text, w)).ToList();
        var asked = inAnswer.Count == 0 && !tables.Works.Any(w => Titles(text, w).Any())
            ? dated.Where(w => Titles(context.Prompt.Text, w).Any()).DistinctBy(w => w.Author).ToList()
            : [];
        foreach (var segment in context.Segments)
        {
            if (!context.HasCueIn(Published, segment))
            {
                continue;
            }
            var titles = inAnswer.Where(t => t.Start >= segment.Start && t.Start + t.Work.Title.Length <= segment.End).ToList();
            // A year inside a title ("1984", "Fahrenheit 451") is the title's, not a date.
            var years = YearClaims.Years(text, segment)
                .Where(y => !inAnswer.Any(t => y.Start < t.Start + t.Work.Title.Length && t.Start < y.End)).ToList();
            var work = titles.Count > 0 ? titles[0].Work
                : asked.Count == 1 ? asked[0]
                : RefersBack(text, segment) ? inAnswer.Where(t => t.Start < segment.Start).OrderByDescending(t => t.Start).Select(t => t.Work).FirstOrDefault()
                : null;
            if (work is null || years.Count == 0 || titles.Select(t => t.Work.Author).Distinct().Count() > 1)
            {
                continue;
            }
            var expected = string.Join(" or ", work.Years!);
            if (YearClaims.Judge(context, segment, "date", $"the year {work.Title} was first published", years, work.Years!.Contains, expected,
                tables.Sources["works"]) is { } finding)
            {
                yield return finding;
            }
        }
    }

    /// <summary>Whether a segment opens by naming the work of the one before ("...; it was published in 1901").</summary>
    private static bool RefersBack(string text, (int Start, int End) segment)
    {
        var opening = text[segment.Start..segment.End].TrimStart();
        return BackReferences.Any(r => opening.StartsWith(r, StringComparison.OrdinalIgnoreCase));
    }

    private static readonly string[] BackReferences = ["it ", "it's ", "it’s ", "the book ", "the novel ", "the play ", "the story ", "this book ", "this novel "];

    /// <summary>Where <paramref name="work"/>'s title stands in <paramref name="text"/>, as written and as a whole word.</summary>
    private static IEnumerable<(WorkFact Work, int Start)> Titles(string text, WorkFact work)
    {
        for (var at = text.IndexOf(work.Title, StringComparison.Ordinal); at >= 0; at = text.IndexOf(work.Title, at + 1, StringComparison.Ordinal))
        {
            var end = at + work.Title.Length;
            // "Emma Watson": a capitalised word after it makes the title part of a longer name.
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))
                && !(end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1])))
            {
                yield return (work, at);
            }
        }
    }
}
