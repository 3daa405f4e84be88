namespace Aligners.Inference.Refusals;

/// <summary>
/// Whether a noun phrase read from another clause may stand in an object pronoun's place in the
/// restated request. A clause's subject read as its thing can be a pronoun itself ("I have ..." read
/// as the thing "I"), and a quantity's head is no thing ("a lot of cash"): put for "it", either
/// garbles the request ("make the i look clean"), where the pronoun left as written only names it
/// less. Pure, no regular expressions.
/// </summary>
public static class PronounReferent
{
    private static readonly HashSet<string> Pronouns =
    [
        "i", "me", "you", "he", "him", "she", "her", "we", "us", "they", "them", "it", "this", "that", "these", "those",
        "there", "here", "who", "what", "which", "someone", "somebody", "something", "anyone", "anything", "everyone",
        "everything", "nobody", "nothing", "one", "i'm", "i've", "i'd", "you're", "it's", "that's", "there's",
    ];

    // Heads of a quantity ("a lot of", "a bunch of"): the thing is after "of", too far to name safely.
    private static readonly HashSet<string> Quantities = ["lot", "lots", "bunch", "load", "loads", "ton", "tons", "couple", "few", "pile", "heap", "bit", "number"];

    /// <summary>Whether <paramref name="noun"/> can replace an object pronoun and still name a thing.</summary>
    public static bool Safe(string noun)
    {
        ArgumentNullException.ThrowIfNull(noun);
        var words = noun.ToLowerInvariant().Replace('’', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words[0].Length > 1 && !Pronouns.Contains(words[0]) && !Quantities.Contains(words[0])
            && words[0].Any(char.IsLetter);
    }
}
