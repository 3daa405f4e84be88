namespace Aligners.Inference.Facts;

/// <summary>
/// A value said of another place than a country: a continent, a region or "the rest of" one, named
/// in the value's own clause before it with no country there ("Most of the rest of Europe uses the
/// euro, which is why people expect Norway to"). The country named nearby is not the value's
/// subject, so the value is no claim about it.
/// </summary>
internal static class OtherPlaceClauses
{
    /// <summary>Folded words by which a clause speaks of places other than one country.</summary>
    private static readonly string[] Others =
        [" rest of ", " neighbo", " other countries", " surrounding ", " nearby ", " elsewhere ", " adjacent ", " region", " continent",
         " latin america", " middle east", " caribbean", " scandinavia", " balkans", " most countries", " many countries"];

    /// <summary>Where a clause ends and the next begins, folded.</summary>
    private static readonly string[] Breaks = [", ", "; ", ": ", " - ", " — ", " – ", "(", ")"];

    /// <summary>
    /// Whether the value's clause, from its start up to the value, names another place (a continent
    /// mention or a word of other places) and no subject of <paramref name="subjectKind"/>.
    /// </summary>
    public static bool Holds(ClaimContext context, (int Start, int End) segment, Mention value, MentionKind subjectKind)
    {
        var folded = context.Answer.Folded;
        var from = segment.Start;
        foreach (var b in Breaks)
        {
            var at = folded.LastIndexOf(b, Math.Max(segment.Start, value.Start - 1), Math.Max(0, value.Start - segment.Start), StringComparison.Ordinal);
            if (at >= 0)
            {
                from = Math.Max(from, at + b.Length);
            }
        }
        if (context.Mentions.Any(m => m.Kind == subjectKind && m.Start >= from && m.End <= value.Start))
        {
            return false;
        }
        if (context.Mentions.Any(m => m.Kind == MentionKind.Continent && m.Start >= from && m.End <= value.Start))
        {
            return true;
        }
        var clause = " " + folded[from..value.Start] + " ";
        return Others.Any(o => clause.Contains(o, StringComparison.Ordinal));
    }
}
