namespace Aligners.Inference.Privacy;

/// <summary>
/// A list item that says which country's identifier it holds: under an introduction naming identifiers
/// ("The IDs you sent:", "Personal numbers on file:"), the item's own label before the value names the
/// country that issues it ("1. Sweden (12-digit): ...", "- Norwegian: ..."). A list of identifiers of
/// several countries is named once, above, and each item by its country, as a table's rows are by their
/// country cell (<see cref="TableCountry"/>).
/// </summary>
internal static class ListCountry
{
    // An introduction naming identifiers (the plural "IDs" is read as "ID").
    private static readonly ContextWords IdNames = new(
        "id", "ids", "identifier", "identity number", "id number", "national id", "personal id", "personal number", "identification number");

    // The names of the countries whose identifiers the rules check (ISO 3166 alpha-2), in English and in their own language.
    private static readonly Dictionary<string, ContextWords> CountryNames = new(StringComparer.Ordinal)
    {
        ["US"] = new("united states", "usa", "american"),
        ["GB"] = new("united kingdom", "uk", "british", "britain"),
        ["NL"] = new("netherlands", "dutch", "nederland", "nederlands"),
        ["ES"] = new("spain", "spanish", "españa", "espana", "español"),
        ["SE"] = new("sweden", "swedish", "sverige", "svensk"),
        ["FR"] = new("france", "french", "français", "francais"),
        ["BE"] = new("belgium", "belgian", "belgië", "belgie", "belgique"),
        ["FI"] = new("finland", "finnish", "suomi"),
        ["IT"] = new("italy", "italian", "italia"),
        ["NO"] = new("norway", "norwegian", "norge", "norsk"),
        ["PL"] = new("poland", "polish", "polska"),
        ["DK"] = new("denmark", "danish", "danmark", "dansk"),
    };

    /// <summary>The list item holding <paramref name="at"/> names <paramref name="country"/> before it, under an introduction naming identifiers.</summary>
    public static bool Names(string text, TextLayout layout, int at, string country)
    {
        if (!CountryNames.TryGetValue(country, out var names))
        {
            return false;
        }
        var intro = layout.ListIntroduction(at);
        if (intro.IsEmpty || !IdNames.Contains(intro))
        {
            return false;
        }
        // The item's label before the value, on its line and within 64 characters.
        var from = Math.Max(0, at - 64);
        var lineStart = at > from ? text.LastIndexOf('\n', at - 1, at - from) + 1 : from;
        lineStart = Math.Max(lineStart, from);
        return names.Contains(text.AsSpan(lineStart, at - lineStart));
    }

    /// <summary><paramref name="value"/> is one of the names of <paramref name="country"/> (a record's "country": "Norway").</summary>
    public static bool NameOf(string country, ReadOnlySpan<char> value) =>
        !value.IsEmpty && CountryNames.TryGetValue(country, out var names) && names.LastEnd(value) == value.Length && value.Length <= 16;
}
