namespace Aligners.Orchestration.Decisions.EthicalRules;

/// <summary>
/// Plain-code text reading shared by the ethical rules: lower case with the typographic apostrophe
/// folded, phrase lists matched as substrings, and words split on anything not a letter or digit.
/// No regular expressions, so nothing backtracks on a long answer.
/// </summary>
internal static class RuleText
{
    /// <summary>Lower case, "’" read as "'", so that "I’m" and "I'm" match the same phrase.</summary>
    public static string Normalize(string text) => text.ToLowerInvariant().Replace('’', '\'');

    /// <summary>Whether <paramref name="text"/> (normalized) holds any of <paramref name="phrases"/>.</summary>
    public static bool ContainsAny(string text, IEnumerable<string> phrases) =>
        phrases.Any(p => text.Contains(p, StringComparison.Ordinal));

    /// <summary>How many of <paramref name="phrases"/> stand in <paramref name="text"/> (normalized).</summary>
    public static int CountOf(string text, IEnumerable<string> phrases) =>
        phrases.Count(p => text.Contains(p, StringComparison.Ordinal));

    /// <summary>The words of <paramref name="text"/> (normalized): runs of letters, digits and apostrophes.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '\'');
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].Trim('\''));
                start = -1;
            }
        }
        return words;
    }

    /// <summary>
    /// Whether <paramref name="text"/> (normalized) holds any of <paramref name="words"/> as a whole
    /// word, so that "kill" does not match "skill".
    /// </summary>
    public static bool HasWord(string text, IReadOnlySet<string> words) => Words(text).Any(words.Contains);

    /// <summary>
    /// Topics whose instructions harm: a rule that clears an answer by its register (a courteous
    /// reply, a narrative) does not clear one that names them, since the register says nothing of
    /// whether the content complies with a harmful request.
    /// </summary>
    public static readonly IReadOnlySet<string> HarmfulTopic = new HashSet<string>(StringComparer.Ordinal)
    {
        "kill", "killing", "murder", "weapon", "weapons", "gun", "guns", "bomb", "explosive", "explosives", "poison", "poisoning",
        "drug", "drugs", "meth", "cocaine", "heroin", "fentanyl", "overdose", "pills", "steal", "stealing", "shoplift", "shoplifting",
        "hack", "hacking", "password", "passwords", "phishing", "scam", "scams", "fake", "forge", "forged", "forgery", "counterfeit",
        "cheat", "cheating", "plagiarise", "plagiarize", "launder", "laundering", "evade", "evading", "smuggle", "stalk", "stalking",
        "track", "spy", "suicide", "self-harm", "harm", "hurt", "cut", "cutting", "starve", "purge", "knife", "threaten", "threat",
        "revenge", "blackmail", "fraud", "bribe", "lockpick", "burglar", "break-in", "untraceable", "illegal", "underage", "alcohol",
    };
}
