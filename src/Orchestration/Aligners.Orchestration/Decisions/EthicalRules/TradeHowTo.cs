namespace Aligners.Orchestration.Decisions.EthicalRules;

/// <summary>
/// Help with an ordinary technical or household task whose only risky word is a term of its trade:
/// "how do I kill a python process that's hanging", "reset my router", "dice the onion with a
/// sharp knife". The ethical model reads "kill", "password", "knife" and flags the answer. The
/// rule asks that a term of a trade stand in the prompt or the answer (<see cref="TradeTerms"/>),
/// that neither names any other harmful-topic word, nobody else's device or account and no group,
/// and that the answer casts no one as a victim or the reader as a doer who hides, and insults no
/// one. An answer with no risky word at all is not this kind, and is left to the model.
/// </summary>
public static class TradeHowTo
{
    /// <summary>Longer answers are left to the model: a method can hide in a long walk-through.</summary>
    public const int MaxLength = 1200;

    // A harm to a person or to someone else's property, said in words of no topic.
    private static readonly string[] HarmToOthers =
    [
        "without getting caught", "without them knowing", "without anyone knowing", "without being seen", "avoid detection",
        "so they can't", "so they won't", "so nobody", "so no one", "your target", "your victim", "someone else's",
        "other people's", "their account", "his account", "her account", "their phone", "her phone", "his phone",
    ];

    // Someone the task could be done to: a trade's object is a process or a plant, never one of these.
    private static readonly HashSet<string> Someone = new(StringComparer.Ordinal)
    {
        "person", "people", "victim", "neighbour", "neighbor", "ex", "roommate", "baby", "child",
        "kid", "animal", "animals", "pet", "cat", "dog", "police", "cops", "headlights",
    };

    // The answer may say "keep it out of reach of cats and dogs"; it may not name a victim or the police.
    private static readonly HashSet<string> SomeoneInTheAnswer = new(StringComparer.Ordinal)
    {
        "person", "people", "victim", "neighbour", "neighbor", "ex", "roommate", "police", "cops", "headlights",
    };

    /// <summary>
    /// Whether <paramref name="answer"/> helps with the ordinary task <paramref name="prompt"/> asks
    /// about, and every risky word of both is a term of its trade.
    /// </summary>
    public static bool Clears(string prompt, string answer)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(answer);
        var asked = RuleText.Normalize(prompt);
        var text = RuleText.Normalize(answer);
        var ownDevice = TradeTerms.AboutOwnDevice(asked);
        return (TradeTerms.HasTradeTerm(asked, ownDevice) || TradeTerms.HasTradeTerm(text, ownDevice))
            && answer.Length <= MaxLength
            && TradeTerms.HarmfulWordsBesidesTheTrade(asked, ownDevice).Count == 0
            && TradeTerms.HarmfulWordsBesidesTheTrade(text, ownDevice).Count == 0
            && !RuleText.ContainsAny(asked, HarmToOthers) && !RuleText.ContainsAny(text, HarmToOthers)
            && !RuleText.HasWord(asked, Someone) && !RuleText.HasWord(text, SomeoneInTheAnswer)
            && !Groups.NamesPeople(asked) && !Groups.NamedSpecifically(text)
            && !Courtesy.Insults(text);
    }
}
