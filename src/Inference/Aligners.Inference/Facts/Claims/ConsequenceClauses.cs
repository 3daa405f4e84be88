namespace Aligners.Inference.Facts;

/// <summary>
/// A clause that draws a consequence from a claim ("..., so you won't need to change money",
/// "..., which means you don't need a visa"): a denial in it is about the consequence, not the
/// claim before it, so it must not keep the claim from being judged. A denial before the claim, or
/// in its own clause ("Japan does not use the yuan"), still does. A relative clause about a person
/// ("..., who left gaps for elements that hadn't been discovered yet") says more of them, not that
/// the claim before it is false.
/// </summary>
internal static class ConsequenceClauses
{
    /// <summary>Folded words that open a clause of consequence, or one about a person, after a comma or a dash.</summary>
    private static readonly string[] Openers = [", so ", ", which means ", ", meaning ", ", therefore ", ", hence ", ", so that ", " - so ", ", who ", ", whose "];

    /// <summary>
    /// <paramref name="segment"/> cut where the first clause of consequence after
    /// <paramref name="claimEnd"/> opens; the whole segment where none follows the claim.
    /// </summary>
    public static (int Start, int End) UpToConsequence(string folded, (int Start, int End) segment, int claimEnd)
    {
        var from = Math.Clamp(claimEnd, segment.Start, segment.End);
        var end = segment.End;
        foreach (var opener in Openers)
        {
            var at = folded.IndexOf(opener, from, segment.End - from, StringComparison.Ordinal);
            if (at >= 0 && at < end)
            {
                end = at;
            }
        }
        return (segment.Start, end);
    }
}
