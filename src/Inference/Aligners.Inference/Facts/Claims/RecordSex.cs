namespace Aligners.Inference.Facts;

/// <summary>
/// Whether a record's sentence speaks of the other sex than the record's row: the men's 100 m world
/// record is not the women's, and the men's World Cup titles are not the Women's World Cup's. A
/// row whose phrases name women anywhere ("won the 2011 women's world cup") is the women's; any other row holds for men or for everyone, so a
/// sentence that names women or girls leaves it unchecked.
/// </summary>
internal static class RecordSex
{
    /// <summary>Word starts that put a sentence on women's records.</summary>
    private static readonly string[] Women = ["women", "woman", "female", "ladies", "girls"];

    /// <summary>Whether the folded span names women while the record's row is not the women's.</summary>
    public static bool Other(SuperlativeFact fact, string folded, int from, int to)
    {
        var womens = fact.Kinds.Any(k => k.Contains("women", StringComparison.OrdinalIgnoreCase));
        return !womens && ClaimContext.HasCueIn(folded, Women, (from, to));
    }
}
