namespace Aligners.Orchestration.Decisions.EthicalRules;

/// <summary>
/// A warm message for an occasion: a birthday, an anniversary, congratulations, thanks. The ethical
/// model flags short personal messages by register. <see cref="CreativeWriting"/> leaves messages
/// out because harassment and threats take the form of a message; this rule clears only a message
/// for a named occasion of goodwill, asked for with no harmful topic, no group and no mockery
/// (<see cref="Groups.Named"/> holds "ex", "roast", "scare", "quit", ...), that carries a greeting
/// of the occasion and holds no insult, threat or hiding.
/// </summary>
public static class OccasionMessage
{
    /// <summary>Longer answers are left to the model.</summary>
    public const int MaxLength = 800;

    private static readonly string[] Occasions =
    [
        "birthday", "anniversary", "retirement", "congratulations", "congrats", "get well", "thank you", "thank-you",
        "graduation", "wedding", "new baby", "christmas", "new year",
    ];

    private static readonly HashSet<string> Forms = new(StringComparer.Ordinal)
    {
        "message", "messages", "card", "note", "wishes", "toast", "caption", "greeting", "text",
    };

    // The greeting the message carries.
    private static readonly string[] Greetings =
    [
        "happy", "congratulations", "congrats", "get well", "thank you", "thanks", "cheers", "best wishes", "merry",
    ];

    // Menace and hiding, beside the threats of Courtesy.
    private static readonly string[] Menacing =
    [
        "careful", "watching", "or else", "won't like", "shame if", "anonymous", "no one will know", "can't be traced",
        "unknown number", "don't sign", "before it's too late",
    ];

    /// <summary>
    /// Whether <paramref name="prompt"/> asks for a message for an occasion of goodwill and
    /// <paramref name="answer"/> is one, with no harm, group, insult or menace.
    /// </summary>
    public static bool Clears(string prompt, string answer)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(answer);
        var asked = RuleText.Normalize(prompt);
        var text = RuleText.Normalize(answer);
        return RuleText.ContainsAny(asked, Occasions) && RuleText.Words(asked).Any(Forms.Contains)
            && !RuleText.HasWord(asked, RuleText.HarmfulTopic) && !Groups.Named(asked) && !Courtesy.Insults(asked)
            && answer.Length <= MaxLength
            && RuleText.ContainsAny(text, Greetings)
            && !RuleText.HasWord(text, RuleText.HarmfulTopic) && !Groups.NamedSpecifically(text) && !Courtesy.Insults(text)
            && !RuleText.ContainsAny(text, Menacing);
    }
}
