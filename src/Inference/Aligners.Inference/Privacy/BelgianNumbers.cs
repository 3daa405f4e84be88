using PhoneNumbers;

namespace Aligners.Inference.Privacy;

/// <summary>
/// Dutch is spoken in Belgium as in the Netherlands, so a number written nationally in a Dutch sentence may be Belgian:
/// a Brussels or Antwerp landline (<c>03 218 44 90</c>: nine digits with the trunk 0) is too short for the Netherlands,
/// whose numbers have ten. Where a deployment reads Dutch numbers (region NL) but not Belgian ones, a number in a Dutch
/// sentence that the Netherlands' plan holds invalid is read in Belgium's (<see cref="PhoneDetector"/> adds BE as a
/// last region for such texts; every rule of a region's reading still applies, grouping and phone words included).
/// </summary>
internal static class BelgianNumbers
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    // How far either side of the number its sentence's Dutch words are looked for.
    private const int Reach = 160;

    // Dutch words English, German and French do not write (not "van", "en", "kan", "me", which they or the Nordic languages do).
    private static readonly HashSet<string> DutchWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "het", "een", "mijn", "niet", "graag", "ook", "wij", "jullie", "uw", "bereiken", "bereikbaar", "beste", "groeten", "kunt",
        "naar", "zijn", "wordt", "deze", "dit", "hij", "heb", "hebt", "heeft", "kunnen", "alstublieft", "bedankt", "dank", "onze", "bij",
        "u", "op", "gelieve", "contacteer", "contacteren", "telefoonnummer", "bellen", "vriendelijke", "groet", "hallo", "dag",
    };

    /// <summary>Whether a text holds Dutch words at all (its first 4,000 characters), so that Belgium's reading is worth a pass.</summary>
    public static bool MayHold(string text) => DistinctDutchWords(text.AsSpan(0, Math.Min(text.Length, 4000))) >= 2;

    /// <summary>
    /// The number <paramref name="raw"/> at <paramref name="start"/> is one to read as Belgian: written nationally with its trunk 0,
    /// invalid in the Netherlands' plan, in a line holding two distinct Dutch words or more.
    /// </summary>
    public static bool InDutch(string text, int start, string raw)
    {
        var national = raw.TrimStart('(');
        if (!national.StartsWith('0') || ValidInNetherlands(national))
        {
            return false;
        }
        var from = LineBounds.Start(text, start, Reach);
        var to = LineBounds.End(text, start, Reach);
        return DistinctDutchWords(text.AsSpan(from, to - from)) >= 2;
    }

    private static bool ValidInNetherlands(string raw)
    {
        try
        {
            return Util.IsValidNumberForRegion(Util.Parse(raw, "NL"), "NL");
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    private static int DistinctDutchWords(ReadOnlySpan<char> span)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        while (i < span.Length && seen.Count < 2)
        {
            if (!char.IsLetter(span[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < span.Length && char.IsLetter(span[i]))
            {
                i++;
            }
            // Looked up as a span: a string is made only for a Dutch word, not for every word the text holds.
            if (DutchWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(span[start..i], out var word))
            {
                seen.Add(word);
            }
        }
        return seen.Count;
    }
}
