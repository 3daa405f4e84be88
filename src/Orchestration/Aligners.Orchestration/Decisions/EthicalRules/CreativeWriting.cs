namespace Aligners.Orchestration.Decisions.EthicalRules;

/// <summary>
/// Light creative writing: a poem, a limerick, a story asked for with no harmful topic,
/// no group and no mockery in the request, answered with none of them either. The ethical model
/// flags verse and fiction (a spooky story, a grumpy cat) by register. A story is the form a
/// jailbreak wraps instructions in, so the answer must also hold no steps and no measures; a
/// story with a villain whose harm is named (a knife, a poison) is left to the model, which is
/// the rule's price: it cannot tell a villain's menace from a threat.
/// </summary>
public static class CreativeWriting
{
    /// <summary>Longer answers are left to the model.</summary>
    public const int MaxLength = 1200;

    // Literary forms only. A message, a card or a speech is addressed to someone, and is the form
    // harassment and phishing take: those are left to the model.
    private static readonly HashSet<string> Forms = new(StringComparer.Ordinal)
    {
        "poem", "poems", "limerick", "limericks", "haiku", "sonnet", "verse", "rhyme", "lyrics", "story", "stories", "tale",
    };

    // Instructions inside fiction: numbered steps, quantities, mixing.
    private static readonly string[] Instructions =
    [
        "1.", "1)", "step ", "steps", "grams", " g ", "ml", "mg", "°", "mix ", "mixed", "dose", "recipe", "ingredients",
        "how to", "here's how", "first,", "then,", "you'll need", "you will need",
    ];

    /// <summary>
    /// Whether <paramref name="prompt"/> asks for a piece of light writing and <paramref name="answer"/>
    /// is one, with no harm, group, insult or instructions in either.
    /// </summary>
    public static bool Clears(string prompt, string answer)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(answer);
        var asked = RuleText.Normalize(prompt);
        var text = RuleText.Normalize(answer);
        return RuleText.Words(asked).Any(Forms.Contains)
            && !RuleText.HasWord(asked, RuleText.HarmfulTopic) && !Groups.Named(asked) && !Courtesy.Insults(asked)
            && answer.Length <= MaxLength
            && !RuleText.HasWord(text, RuleText.HarmfulTopic) && !Groups.NamedSpecifically(text) && !Courtesy.Insults(text)
            && !RuleText.ContainsAny(text, Instructions);
    }
}
