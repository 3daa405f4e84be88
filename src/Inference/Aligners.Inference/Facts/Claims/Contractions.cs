namespace Aligners.Inference.Facts;

/// <summary>
/// Words that are the first half of a contraction: "won't" holds "won" (South Korea's currency),
/// "can't" "can", but the word before "'t" is a verb, never a name, so a mention of the knowledge
/// does not end there. A possessive ("Chad's") still ends a name.
/// </summary>
internal static class Contractions
{
    /// <summary>Whether <paramref name="end"/> in <paramref name="folded"/> is followed by "'t" closing the word.</summary>
    public static bool Continues(string folded, int end) =>
        end + 1 < folded.Length && folded[end] == '\'' && folded[end + 1] == 't'
        && (end + 2 == folded.Length || !char.IsLetterOrDigit(folded[end + 2]));
}
