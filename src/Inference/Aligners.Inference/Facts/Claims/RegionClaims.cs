namespace Aligners.Inference.Facts;

/// <summary>
/// A country placed in a region of a continent: "Peru is in Central America", "Ghana is a Caribbean
/// country". Central America and the Caribbean are parts of North America, so a country the
/// tables put on no part of North America is contradicted, corrected to its own continent; a
/// country of the region (UN M49's sub-regions) is confirmed. Another North American country
/// placed there ("Canada is in Central America") is left alone: the continents cannot tell.
/// </summary>
internal static class RegionClaims
{
    private const string RegionSource = "UN M49 standard country or area codes for statistical use: the Central America and Caribbean sub-regions of the Americas";

    /// <summary>The regions read, folded, with the form written before a noun ("a Central American country").</summary>
    private static readonly (string Name, string Adjective)[] Regions = [("central america", "central american"), ("the caribbean", "caribbean")];

    /// <summary>The countries of the regions (UN M49: Central America 013, Caribbean 029).</summary>
    private static readonly HashSet<string> Members =
    [
        "BZ", "CR", "SV", "GT", "HN", "MX", "NI", "PA",
        "AG", "AI", "AW", "BB", "BL", "BQ", "BS", "CU", "CW", "DM", "DO", "GD", "GP", "HT", "JM", "KN", "KY", "LC", "MF", "MQ", "MS", "PR", "SX", "TC", "TT", "VC", "VG", "VI",
    ];

    /// <summary>What links a country to the region after it: "Peru is in", "Peru is located in", "Peru lies in".</summary>
    private static readonly string[] Links =
        [" is in ", " is located in ", " is situated in ", " lies in ", " is part of ", " is a country in ", " is a nation in ", " sits in ", " is found in ", " is also in "];

    private static readonly string[] Nouns = [" country", " nation", " state", " island"];

    private static readonly Dictionary<string, string> Adjectives = new()
    {
        ["South America"] = "South American", ["Europe"] = "European", ["Asia"] = "Asian", ["Africa"] = "African", ["Oceania"] = "Oceanian", ["Antarctica"] = "Antarctic",
    };

    public static IEnumerable<FactFinding> Check(ClaimContext context, FactTables tables)
    {
        var countries = tables.Keys.Countries;
        var folded = context.Answer.Folded;
        foreach (var segment in context.Segments)
        {
            foreach (var country in context.In(segment, MentionKind.Country))
            {
                if (Placed(folded, country.End, segment.End) is not { } region || countries[country.Key].Continents is not { Count: > 0 } continents)
                {
                    continue;
                }
                var fact = countries[country.Key];
                var subject = $"the continent of {fact.Country}";
                var written = context.Answer.Text.Substring(region.Start, region.Length);
                if (continents.Contains("North America"))
                {
                    if (Members.Contains(fact.Code))
                    {
                        yield return new FactFinding("continent", FactVerdicts.Confirmed, subject, written, written, RegionSource);
                    }
                    continue;
                }
                if (context.Negated(segment))
                {
                    continue;
                }
                var expected = region.Adjective ? string.Join(" or ", continents.Select(c => Adjectives.GetValueOrDefault(c, c))) : string.Join(" or ", continents);
                yield return new FactFinding("continent", FactVerdicts.Contradicted, subject, written, expected, tables.Sources["capitals"], region.Start);
            }
        }
    }

    /// <summary>The region the country is placed in right after it (its name's place, "the" left out), or null.</summary>
    private static (int Start, int Length, bool Adjective)? Placed(string folded, int from, int end)
    {
        var rest = folded.AsSpan(from, end - from);
        foreach (var link in Links)
        {
            if (!rest.StartsWith(link, StringComparison.Ordinal))
            {
                continue;
            }
            var at = from + link.Length;
            foreach (var (name, _) in Regions)
            {
                var bare = name.StartsWith("the ", StringComparison.Ordinal) ? name["the ".Length..] : name;
                var offset = folded.AsSpan(at, end - at).StartsWith("the ", StringComparison.Ordinal) ? "the ".Length : 0;
                if (folded.AsSpan(at + offset, end - at - offset).StartsWith(bare, StringComparison.Ordinal) && Ends(folded, at + offset + bare.Length, end))
                {
                    return (at + offset, bare.Length, false);
                }
            }
        }
        // "Peru is a Central American country".
        foreach (var lead in new[] { " is a ", " is an " })
        {
            if (!rest.StartsWith(lead, StringComparison.Ordinal))
            {
                continue;
            }
            var at = from + lead.Length;
            foreach (var (_, adjective) in Regions)
            {
                var after = at + adjective.Length;
                if (folded.AsSpan(at, end - at).StartsWith(adjective, StringComparison.Ordinal)
                    && Nouns.Any(n => folded.AsSpan(after, end - after).StartsWith(n, StringComparison.Ordinal)))
                {
                    return (at, adjective.Length, true);
                }
            }
        }
        return null;
    }

    private static bool Ends(string folded, int at, int end) => at >= end || !char.IsLetter(folded[at]);
}
