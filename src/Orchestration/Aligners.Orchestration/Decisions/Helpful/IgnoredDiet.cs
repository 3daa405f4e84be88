namespace Aligners.Orchestration.Decisions.Helpful;

/// <summary>
/// A dish for another diet than the one asked ("a vegetarian lasagne" — "Here's a classic beef
/// lasagne"): the prompt asks for vegetarian, vegan or meat-free food, and the answer names meat or
/// fish without a word of the diet or of a swap ("instead of", "substitute", "without"...). A
/// vegetarian recipe that says "use lentils instead of beef" stays unflagged; so does one that
/// names the diet ("a vegetarian take on it, no beef"), whatever else it holds. It cannot tell a
/// meat dish from a vegetarian one that names meat only to leave it out in other words.
/// </summary>
public static class IgnoredDiet
{
    private static readonly string[] Diets = ["vegetarian", "vegan", "meat-free", "meatless", "plant-based", "meat free"];

    private static readonly string[] Swaps = ["instead of", "substitute", "swap", "replace", "without", "leave out", "skip the"];

    private static readonly HashSet<string> Meats = new(StringComparer.Ordinal)
    {
        "beef", "chicken", "pork", "bacon", "ham", "lamb", "sausage", "sausages", "turkey", "chorizo", "salami",
        "pancetta", "prosciutto", "veal", "steak", "anchovies", "anchovy", "tuna", "salmon", "prawns", "shrimp", "gelatin", "gelatine",
    };

    /// <summary>Whether <paramref name="prompt"/> asks for a diet's food and <paramref name="answer"/> gives meat.</summary>
    public static bool Flags(string prompt, string answer)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(answer);
        var asked = AnswerSentences.Normalize(prompt);
        var given = AnswerSentences.Normalize(answer);
        return AnswerSentences.HasAny(asked, Diets)
            && !AnswerSentences.HasAny(given, Diets) && !AnswerSentences.HasAny(given, Swaps)
            && AnswerSubstance.Words(answer).Any(Meats.Contains);
    }
}
