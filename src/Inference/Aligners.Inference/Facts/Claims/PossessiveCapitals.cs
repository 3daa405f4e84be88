namespace Aligners.Inference.Facts;

/// <summary>
/// A capital named before the country it is claimed for: "Lyon is France's capital", "Zurich is
/// Switzerland's capital city", "Almaty is the capital of Kazakhstan". The place named need not be
/// a capital anywhere, so no mention of the tables finds it: the capitalised words before "is" are
/// the claim. The shape after the country ("France's capital is Lyon") is
/// <see cref="ListedCapitals"/>'s.
/// </summary>
internal static class PossessiveCapitals
{
    /// <summary>What stands between the name and the country: "X is the capital of Country".</summary>
    private static readonly string[] Before = [" is the capital of ", " is the capital city of ", " is the current capital of ", " is the official capital of "];

    /// <summary>What follows the country in "X is Country's capital".</summary>
    private static readonly string[] After = ["'s capital", "' capital", "'s official capital", "'s current capital"];

    /// <summary>Words after "capital" that make it an area, not the city.</summary>
    private static readonly string[] Areas = [" region", " district", " area", " territory", " province", " markets"];

    public static IEnumerable<FactFinding> Check(ClaimContext context, FactTables tables)
    {
        var countries = tables.Keys.Countries;
        var text = context.Answer.Text;
        var folded = context.Answer.Folded;
        foreach (var segment in context.Segments)
        {
            foreach (var country in context.In(segment, MentionKind.Country))
            {
                var nameEnd = NameEnd(folded, segment, country);
                if (nameEnd < 0 || PlaceNames.Backward(text, segment.Start, nameEnd) is not { } named)
                {
                    continue;
                }
                var fact = countries[country.Key];
                var name = FoldedText.Fold(named.Name);
                if (tables.Folded.CountryNames.Contains(name))
                {
                    continue;
                }
                if (tables.Folded.Capitals[fact.Code].Contains(name) || PlaceNames.IsOneOf(named.Name, fact.Capitals))
                {
                    yield return new FactFinding("capital", FactVerdicts.Confirmed, $"the capital of {fact.Country}", named.Name, fact.Capital, tables.Sources["capitals"]);
                }
                else if (!context.Negated(segment))
                {
                    yield return new FactFinding("capital", FactVerdicts.Contradicted, $"the capital of {fact.Country}", named.Name, fact.Capital,
                        tables.Sources["capitals"], named.Start);
                }
            }
        }
    }

    /// <summary>Where the claimed name ends before " is", where the country stands in one of the shapes; else -1.</summary>
    private static int NameEnd(string folded, (int Start, int End) segment, Mention country)
    {
        var before = folded.AsSpan(segment.Start, country.Start - segment.Start);
        foreach (var b in Before)
        {
            if (before.EndsWith(b, StringComparison.Ordinal))
            {
                return country.Start - b.Length;
            }
        }
        // A few words after the country are enough for the shape, and a segment naming many countries is not copied for each.
        var after = folded[country.End..Math.Min(segment.End, country.End + 40)];
        const string Is = " is ";
        if (!before.EndsWith(Is, StringComparison.Ordinal))
        {
            return -1;
        }
        foreach (var a in After)
        {
            // "Country's capital" names the city, not "Country's capital region" (an area around it).
            if (after.StartsWith(a, StringComparison.Ordinal) && (after.Length == a.Length || !char.IsLetter(after[a.Length]))
                && !Areas.Any(w => after[a.Length..].StartsWith(w, StringComparison.Ordinal)))
            {
                return country.Start - Is.Length;
            }
        }
        return -1;
    }
}
