using System.Text.RegularExpressions;

namespace Aligners.Inference.Facts;

/// <summary>
/// Years of major events: a question asking when a listed event happened is answered right when
/// the answer gives its year, and contradicted when it gives another.
/// </summary>
internal static partial class EventClaims
{
    public static IEnumerable<FactFinding> Check(string prompt, string answer, FactTables tables)
    {
        if (!ClaimText.HasAny(prompt, ["when", "what year", "which year", "in what year", "date"]))
        {
            return [];
        }
        var fact = tables.Events.FirstOrDefault(e => ClaimText.HasAny(prompt, e.Keywords) && (e.Qualifiers.Count == 0 || e.Qualifiers.Any(q => ClaimText.Has(prompt, q))));
        // "When did Apollo 13 launch?" asks about another mission than the table's Apollo 11.
        if (fact is null || NumberedEvents.NamesSibling(FoldedText.Fold(prompt), 0, prompt.Length, fact.Keywords.Select(FoldedText.Fold)))
        {
            return [];
        }
        var source = tables.Sources["events"];
        var years = Years(answer).ToList();
        if (years.Any(y => y.Value == fact.Year.ToString()))
        {
            return [new FactFinding("date", FactVerdicts.Confirmed, fact.Event, fact.Year.ToString(), fact.Year.ToString(), source)];
        }
        return years.Count == 0 ? [] : [new FactFinding("date", FactVerdicts.Contradicted, fact.Event, years[0].Value, fact.Year.ToString(), source, years[0].Index)];
    }

    /// <summary>
    /// Years from 1000 to 2099 written in <paramref name="text"/>: runs of exactly four digits, not
    /// after a comma or point (the tail of "12,1912" or "3.1912" is no year).
    /// </summary>
    private static IEnumerable<Match> Years(string text) =>
        DigitRun().Matches(text).Where(m => m.Length == 4 && (m.Value[0] == '1' || m.Value.StartsWith("20", StringComparison.Ordinal))
            && (m.Index == 0 || text[m.Index - 1] is not (',' or '.')));

    // Whole runs of digits, so that a year's bounds are checked in code: the non-backtracking
    // engine has no lookarounds to check them with.
    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex DigitRun();
}
