namespace Aligners.Inference.Facts;

/// <summary>
/// Events of a numbered series ("Apollo 11", "World War II"): the same name with another number
/// ("Apollo 13", "World War I") names another event of the series, with a year of its own. Where
/// a text names such a sibling and not the event itself, a year there is the sibling's, even
/// beside a phrase the event shares with it ("the third crewed Moon landing").
/// </summary>
internal static class NumberedEvents
{
    private static readonly string[] Romans = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"];

    /// <summary>
    /// Whether the folded text between the bounds names an event of the series of one of
    /// <paramref name="keywords"/> (folded) with another number, and names none of the numbered keywords themselves.
    /// </summary>
    public static bool NamesSibling(string folded, int from, int to, IEnumerable<string> keywords)
    {
        var numbered = Numbered(keywords);
        if (numbered.Any(k => NamesWhole(folded, k.Keyword, from, to)))
        {
            return false;
        }
        foreach (var (keyword, cut) in numbered)
        {
            var stem = keyword[..(cut + 1)];
            var own = Number(keyword[(cut + 1)..]);
            for (var at = ClaimContext.FirstWordStart(folded, stem, from, to); at >= 0; at = ClaimContext.FirstWordStart(folded, stem, at + 1, to))
            {
                var start = at + stem.Length;
                var end = start;
                while (end < to && char.IsLetterOrDigit(folded[end]))
                {
                    end++;
                }
                if (Number(folded[start..end]) is { } other && other != own)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Whether the folded text between the bounds names one of the numbered <paramref name="keywords"/> itself.</summary>
    public static bool NamesOwn(string folded, int from, int to, IEnumerable<string> keywords) =>
        Numbered(keywords).Any(k => NamesWhole(folded, k.Keyword, from, to));

    /// <summary>The keywords that end in a number ("apollo 11"), with where their last word starts less one.</summary>
    private static List<(string Keyword, int Cut)> Numbered(IEnumerable<string> keywords) =>
        keywords.Select(k => (Keyword: k, Cut: k.LastIndexOf(' '))).Where(k => k.Cut > 0 && Number(k.Keyword[(k.Cut + 1)..]) is not null).ToList();

    /// <summary>Whether the keyword stands between the bounds as whole words: "world war i" also starts "world war ii".</summary>
    private static bool NamesWhole(string folded, string keyword, int from, int to)
    {
        for (var at = ClaimContext.FirstWordStart(folded, keyword, from, to); at >= 0; at = ClaimContext.FirstWordStart(folded, keyword, at + 1, to))
        {
            var end = at + keyword.Length;
            if (end >= folded.Length || !char.IsLetterOrDigit(folded[end]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The number a token writes in digits or Roman numerals, or null.</summary>
    private static int? Number(string token)
    {
        if (token.Length is > 0 and <= 4 && token.All(char.IsAsciiDigit))
        {
            return int.Parse(token, System.Globalization.CultureInfo.InvariantCulture);
        }
        var roman = Array.IndexOf(Romans, token);
        return roman >= 0 ? roman + 1 : null;
    }
}
