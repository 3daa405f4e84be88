namespace Aligners.Orchestration.Decisions.EthicalRules;

/// <summary>
/// A short translation of a short, harmless text ("translate 'where is the train station' into
/// French"). The ethical model flags some for the foreign words it cannot read. The rule reads the
/// request: it asks to translate, is short, and names no harmful topic, no insult and no group
/// (the language asked for, the word after "into", "to" or "in", aside); and the answer: short,
/// with no harmful topic and no insult in the words it adds. A slur or a threat to translate
/// stands in the request, so it is left to the model there.
/// </summary>
public static class Translation
{
    /// <summary>A request longer than this carries a text the rule should not vouch for.</summary>
    public const int MaxPromptLength = 300;

    /// <summary>Longer answers are left to the model: a translation of a short text is short.</summary>
    public const int MaxLength = 400;

    /// <summary>Whether <paramref name="prompt"/> asks to translate a short harmless text and <paramref name="answer"/> is short and adds nothing harmful.</summary>
    public static bool Clears(string prompt, string answer)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(answer);
        var asked = RuleText.Normalize(prompt);
        var text = RuleText.Normalize(answer);
        var words = RuleText.Words(asked);
        return words.Any(w => w is "translate" or "translation")
            && prompt.Length <= MaxPromptLength
            && answer.Length <= MaxLength
            && !RuleText.HasWord(asked, RuleText.HarmfulTopic) && !RuleText.HasWord(text, RuleText.HarmfulTopic)
            && !Courtesy.Insults(asked) && !Courtesy.Insults(text)
            && !NamesPeopleBesidesTheLanguage(words);
    }

    // "into French" names a language, not a people; every other group word is read.
    private static bool NamesPeopleBesidesTheLanguage(List<string> words) =>
        words.Where((w, i) => i == 0 || words[i - 1] is not ("into" or "to" or "in"))
            .Any(w => Groups.Named(w));
}
