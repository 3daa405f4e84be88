using System.Text.RegularExpressions;

namespace Aligners.Inference.Facts;

/// <summary>
/// Capitals: a question about a country's capital (or seat of government) is answered right when
/// the answer names the capital; naming another place instead contradicts it. Where the country has
/// several capitals and the answer lists them, each listed city is judged (<see cref="CapitalSets"/>).
/// An answer that states "X is the capital of Y" on its own is checked too.
/// </summary>
internal static partial class CapitalClaims
{
    public static IEnumerable<FactFinding> Check(string prompt, string answer, FactTables tables)
    {
        var source = tables.Sources["capitals"];
        if (AsksCapital(prompt) && AskedCountry(prompt, tables) is { } asked)
        {
            // A country with several capitals is answered by the list of them, each city judged.
            if (CapitalSets.Check(answer, asked, tables, asked: true) is { Count: > 0 } listed)
            {
                return listed;
            }
            var finding = Judge(asked, answer, tables, source);
            return finding is null ? [] : [finding];
        }
        var findings = new List<FactFinding>();
        foreach (Match m in StatedCapital().Matches(answer))
        {
            var city = m.Groups["city"].Value;
            if (CountryIn(m.Groups["country"].Value, tables) is { } country && !country.Capitals.Any(c => ClaimText.Fold(c) == ClaimText.Fold(city)))
            {
                findings.Add(new FactFinding("capital", FactVerdicts.Contradicted, $"the capital of {country.Country}", city, country.Capital, source,
                    m.Groups["city"].Index));
            }
        }
        return findings;
    }

    private static bool AsksCapital(string prompt) => ClaimText.HasAny(prompt, ["capital", "capital city", "seat of government"]);

    private static FactFinding? Judge(CountryFact country, string answer, FactTables tables, string source)
    {
        var subject = $"the capital of {country.Country}";
        if (country.Capitals.Any(c => ClaimText.Has(answer, c)))
        {
            return new FactFinding("capital", FactVerdicts.Confirmed, subject, country.Capital, country.Capital, source, ClaimText.Find(answer, country.Capital));
        }
        var known = tables.Countries.SelectMany(c => c.Names).Append(country.Country);
        // "The Swiss capital is ...": a name right before "capital" describes it rather than naming it.
        var named = ClaimText.ProperNames(answer, known)
            .FirstOrDefault(n => !answer.AsSpan(n.Start + n.Name.Length).TrimStart().StartsWith("capital", StringComparison.OrdinalIgnoreCase));
        return named.Name is null
            ? null
            : new FactFinding("capital", FactVerdicts.Contradicted, subject, named.Name, country.Capital, source, named.Start);
    }

    /// <summary>
    /// The country a capital question asks about. A country the asker sets aside ("the capital of
    /// Canada, not Australia") is not asked, so a reply naming Canada's capital is not judged
    /// against Australia's.
    /// </summary>
    private static CountryFact? AskedCountry(string prompt, FactTables tables) =>
        tables.Countries.SelectMany(c => c.Names.Select(n => (Country: c, Name: n)))
            .Select(p => (p.Country, p.Name, At: ClaimText.Find(prompt, p.Name)))
            .Where(p => p.At >= 0 && !SetAside().IsMatch(prompt.AsSpan(0, p.At)))
            .OrderByDescending(p => p.Name.Length)
            .FirstOrDefault().Country;

    /// <summary>The country named in <paramref name="text"/>, longest name first ("South Sudan" before "Sudan").</summary>
    private static CountryFact? CountryIn(string text, FactTables tables) =>
        tables.Countries.SelectMany(c => c.Names.Select(n => (Country: c, Name: n)))
            .OrderByDescending(p => p.Name.Length)
            .FirstOrDefault(p => ClaimText.Has(text, p.Name)).Country;

    /// <summary>Words that set the next name aside: "not", "rather than", "instead of" (with "the").</summary>
    [GeneratedRegex(@"\b(?:not|rather than|instead of)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex SetAside();

    [GeneratedRegex(@"(?<city>\p{Lu}[\p{L}\.'\-]*(?:\s\p{Lu}[\p{L}\.'\-]*)*) is (?:the )?(?:capital|capital city) of (?<country>(?:the )?\p{Lu}[\p{L}'\-]*(?:\s\p{Lu}[\p{L}'\-]*)*)", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex StatedCapital();
}
