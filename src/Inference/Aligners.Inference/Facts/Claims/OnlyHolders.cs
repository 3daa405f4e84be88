namespace Aligners.Inference.Facts;

/// <summary>
/// "X, the only metal that's liquid at room temperature", "X is the only liquid element": a claim
/// that one element alone has a state. Where X lacks it, the wrong part is the element named, not
/// the property (which the sentence gives as the known one), so the correction replaces the element
/// with the one holder the knowledge has of that kind; where the kind has several holders or none,
/// or the kind is not one this reads, the claim is flagged without a correction.
/// </summary>
internal static class OnlyHolders
{
    // How far the "only" phrase may stand from the element and after the state ("the only liquid metal").
    private const int Reach = 60;
    private const int After = 16;

    /// <summary>
    /// The finding for an element <paramref name="key"/> whose stated <paramref name="value"/> is
    /// wrong, where the segment claims it is the only holder of that value; null where it makes no such claim.
    /// </summary>
    public static FactFinding? Judge(ClaimContext context, (int Start, int End) segment, string key, Mention value,
        IReadOnlyList<ElementFact> elements, string source)
    {
        var folded = context.Answer.Folded;
        var element = context.In(segment, MentionKind.Element).Where(m => m.Key == key && m.End <= value.Start && value.Start - m.End <= Reach)
            .OrderBy(m => value.Start - m.End).FirstOrDefault();
        if (element == default || value.Start < 0)
        {
            return null;
        }
        var end = Math.Min(folded.Length, value.End + After);
        var only = ClaimContext.FirstWordStart(folded, "only ", element.End, value.Start);
        if (only < 0)
        {
            return null;
        }
        var kind = KindAfter(folded, only + 5, end);
        var holders = kind is null ? [] : elements.Where(e => e.State == value.Key && kind(e)).ToList();
        var subject = $"the only element of its kind that is {value.Key} at room temperature";
        var claim = context.Written(element);
        if (holders.Count == 1)
        {
            return new FactFinding("element", FactVerdicts.Contradicted, subject, claim, LikeCase(holders[0].Name, claim), source, element.Start);
        }
        var expected = holders.Count > 0 ? string.Join(" or ", holders.Select(h => h.Name)) : $"not {claim}";
        return new FactFinding("element", FactVerdicts.Contradicted, subject, claim, expected, source);
    }

    /// <summary>Which elements the noun after "only" names, or null where it names no kind this reads.</summary>
    private static Func<ElementFact, bool>? KindAfter(string folded, int from, int to)
    {
        // The first of these words to start after "only" (one describing word may stand before it).
        (string Word, Func<ElementFact, bool> Kind)[] kinds =
        [
            ("nonmetal", e => e.Block is "nonmetal" or "halogen" or "noble gas"),
            ("non-metal", e => e.Block is "nonmetal" or "halogen" or "noble gas"),
            ("metalloid", e => e.Block == "metalloid"),
            ("metal", IsMetal),
            ("element", _ => true),
        ];
        var best = (At: int.MaxValue, Kind: (Func<ElementFact, bool>?)null);
        foreach (var (word, kind) in kinds)
        {
            var at = ClaimContext.FirstWordStart(folded, word, from, to);
            if (at >= 0 && at < best.At && (at + word.Length >= folded.Length || !char.IsLetter(folded[at + word.Length]) || folded[at + word.Length] == 's'))
            {
                best = (at, kind);
            }
        }
        return best.Kind;
    }

    private static bool IsMetal(ElementFact e) =>
        e.Block is { } block && (block is "lanthanide" or "actinide" || (block.EndsWith("metal", StringComparison.Ordinal) && block != "nonmetal"));

    private static string LikeCase(string name, string written) =>
        written.Length > 0 && char.IsUpper(written[0]) && name.Length > 0 ? char.ToUpperInvariant(name[0]) + name[1..] : name;
}
