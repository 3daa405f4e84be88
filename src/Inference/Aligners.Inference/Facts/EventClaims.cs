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
        if (fact is null)
        {
            return [];
        }
        var source = tables.Sources["events"];
        var years = Year().Matches(answer).ToList();
        if (years.Any(y => y.Value == fact.Year.ToString()))
        {
            return [new FactFinding("date", FactVerdicts.Confirmed, fact.Event, fact.Year.ToString(), fact.Year.ToString(), source)];
        }
        return years.Count == 0 ? [] : [new FactFinding("date", FactVerdicts.Contradicted, fact.Event, years[0].Value, fact.Year.ToString(), source, years[0].Index)];
    }

    [GeneratedRegex(@"(?<![\d,.])1\d{3}(?!\d)|(?<![\d,.])20\d{2}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Year();
}
