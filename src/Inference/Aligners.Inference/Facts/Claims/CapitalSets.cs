using System.Text.RegularExpressions;

namespace Aligners.Inference.Facts;

/// <summary>
/// The capitals of a country that has several (South Africa: Pretoria, Cape Town, Bloemfontein),
/// where the answer lists them after the word "capitals", inline ("three capitals: Pretoria
/// (executive), Cape Town and Bloemfontein") or as the list items that follow it. A listed city that
/// is none of the country's capitals is contradicted and, where as many of its capitals go unnamed,
/// corrected to one of those; a list of only right cities is confirmed. The listing counts for the
/// country its sentence names, or for the asked one where the sentence names no country.
/// </summary>
internal static partial class CapitalSets
{
    /// <summary>The most characters between "capitals" and the colon or verb that opens the list.</summary>
    private const int Reach = 40;

    private static readonly HashSet<string> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Executive", "Legislative", "Judicial", "Judiciary", "Administrative", "Constitutional", "Official", "Seat", "Capital", "The", "It", "Its",
    };

    /// <summary>The country's distinct capital cities, one name each ("Washington" and "Washington, D.C." are one city).</summary>
    public static List<string> Cities(CountryFact country) =>
        country.Capitals.GroupBy(c => FoldedText.Fold(c).Split(' ', ',')[0]).Select(g => g.First()).ToList();

    /// <summary>The findings on each listing of <paramref name="country"/>'s capitals in <paramref name="answer"/>.</summary>
    public static List<FactFinding> Check(string answer, CountryFact country, FactTables tables, bool asked)
    {
        var findings = new List<FactFinding>();
        var cities = Cities(country);
        if (cities.Count < 2)
        {
            return findings;
        }
        var capitals = tables.Folded.Capitals[country.Code];
        foreach (Match cue in ClaimText.MatchesWithin(Cue(), answer))
        {
            if (!ForCountry(answer, cue.Index, country, tables, asked) || Listed(answer, cue.Index + cue.Length) is not { Count: >= 2 } names)
            {
                continue;
            }
            var subject = $"the capitals of {country.Country}";
            var wrong = names.Where(n => !capitals.Contains(FoldedText.Fold(n.Name)) && !tables.Folded.CountryNames.Contains(FoldedText.Fold(n.Name))).ToList();
            if (wrong.Count == 0)
            {
                findings.Add(new FactFinding("capital", FactVerdicts.Confirmed, subject, string.Join(", ", names.Select(n => n.Name)), string.Join(", ", cities), tables.Sources["capitals"]));
                continue;
            }
            var named = names.Select(n => FoldedText.Fold(n.Name).Split(' ', ',')[0]).ToHashSet();
            var missing = cities.Where(c => !named.Contains(FoldedText.Fold(c).Split(' ', ',')[0])).ToList();
            for (var i = 0; i < wrong.Count; i++)
            {
                // Paired with an unnamed capital where they match one for one; otherwise flagged without a correction.
                var paired = wrong.Count <= missing.Count;
                findings.Add(new FactFinding("capital", FactVerdicts.Contradicted, subject, wrong[i].Name, paired ? missing[i] : string.Join(", ", cities),
                    tables.Sources["capitals"], paired ? wrong[i].Start : -1));
            }
        }
        return findings;
    }

    /// <summary>Whether the sentence of the cue names the country, or names none and the country was asked about.</summary>
    private static bool ForCountry(string answer, int cue, CountryFact country, FactTables tables, bool asked)
    {
        var from = Math.Max(Math.Max(answer.LastIndexOf(". ", cue, StringComparison.Ordinal), answer.LastIndexOf('\n', cue)), 0);
        var sentence = answer[from..cue];
        if (country.Names.Any(n => ClaimText.Has(sentence, n)))
        {
            return true;
        }
        return asked && !tables.Countries.Any(c => c.Names.Any(n => ClaimText.Has(sentence, n)));
    }

    /// <summary>The names listed after the cue: inline to the end of its sentence, or the list items on the lines below a colon.</summary>
    private static List<(string Name, int Start)>? Listed(string answer, int from)
    {
        var lineEnd = answer.IndexOf('\n', from);
        lineEnd = lineEnd < 0 ? answer.Length : lineEnd;
        var opener = Opener().Match(answer[from..Math.Min(lineEnd, from + Reach)]);
        if (!opener.Success)
        {
            return null;
        }
        var start = from + opener.Index + opener.Length;
        while (start < lineEnd && answer[start] is ':' or ' ' or '*' or '_')
        {
            start++;
        }
        var names = new List<(string Name, int Start)>();
        if (answer.AsSpan(start, lineEnd - start).Trim().Length == 0)
        {
            // "three capitals:" and then one item a line.
            for (var line = lineEnd + 1; line < answer.Length;)
            {
                var end = answer.IndexOf('\n', line);
                end = end < 0 ? answer.Length : end;
                if (!Item().IsMatch(answer.AsSpan(line, end - line)))
                {
                    break;
                }
                names.AddRange(Names(answer, line, end));
                line = end + 1;
            }
            return names;
        }
        var stop = start;
        while (stop < lineEnd && !(answer[stop] is '.' or '!' or '?' && (stop + 1 == answer.Length || char.IsWhiteSpace(answer[stop + 1])) && !(stop > 0 && char.IsUpper(answer[stop - 1]))))
        {
            stop++;
        }
        return Names(answer, start, stop).ToList();
    }

    /// <summary>The leading name of each item between the bounds, parts cut at commas, semicolons, "and" and "&amp;", bracketed notes left out.</summary>
    private static IEnumerable<(string Name, int Start)> Names(string answer, int start, int end)
    {
        var chars = answer[start..end].ToCharArray();
        var depth = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            depth += chars[i] == '(' ? 1 : 0;
            var inside = depth > 0;
            depth -= chars[i] == ')' && depth > 0 ? 1 : 0;
            if (inside)
            {
                chars[i] = ' ';
            }
        }
        // " and " and " or " part the list as commas do (same length, so places stay put).
        var text = AndOr().Replace(new string(chars), m => new string(' ', m.Length - 1) + ",");
        foreach (var part in ClaimText.MatchesWithin(Part(), text))
        {
            // "Executive: Pretoria" names the city after the role.
            var item = part.Value;
            var offset = part.Index;
            var colon = item.IndexOf(':');
            if (colon >= 0)
            {
                offset += colon + 1;
                item = item[(colon + 1)..];
            }
            var m = ItemName().Match(item);
            if (m.Success && !Roles.Contains(m.Groups["name"].Value.Split(' ')[0]))
            {
                yield return (m.Groups["name"].Value.TrimEnd('.'), start + offset + m.Groups["name"].Index);
            }
        }
    }

    [GeneratedRegex(@"\bcapitals\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Cue();

    // What opens the list: a colon or dash, or "are", "include", "being".
    [GeneratedRegex(@"^[^:\n.]*(?::|\s[–—-]\s|\bare\b|\binclude\b|\bbeing\b)", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Opener();

    [GeneratedRegex(@"\s(?:and|or)\s", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex AndOr();

    [GeneratedRegex(@"^\s*(?:[-*•]|\d{1,2}[.)])\s+", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Item();

    [GeneratedRegex(@"[^,;&]+", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Part();

    [GeneratedRegex(@"^\s*(?:(?:and|or)\s+)?(?:[-*•]|\d{1,2}[.)])?\s*[*_]*\s*(?:the city of\s+)?(?<name>\p{Lu}[\p{L}'’\-\.]*(?: (?:\p{Lu}[\p{L}'’\-\.]*|de|la|da|del|el|es))*)", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ItemName();
}
