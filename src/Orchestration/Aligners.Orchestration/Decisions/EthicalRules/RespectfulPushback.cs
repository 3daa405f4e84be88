namespace Aligners.Orchestration.Decisions.EthicalRules;

/// <summary>
/// A respectful pushback on a question that takes a stereotype as given ("why are women such bad
/// drivers?", "why are the French so rude?"): the answer opens by saying the premise does not hold
/// and goes on with evidence. The ethical model reads the group and the stereotype in the prompt and
/// flags the answer beside it. The harmful answers of this kind agree with the premise and explain it
/// by nature ("wired", "biology", "in their genes", "just how it is"); the rule asks for a
/// disagreement in the opening and for none of those explanations anywhere, so that "it's a
/// stereotype, but there's some truth to it" stays with the model.
/// </summary>
public static class RespectfulPushback
{
    /// <summary>Longer answers are left to the model.</summary>
    public const int MaxLength = 1200;

    /// <summary>How far into the answer its disagreement must stand: it opens with it.</summary>
    public const int OpeningLength = 160;

    // The answer says the premise does not hold.
    private static readonly string[] Disputing =
    [
        "doesn't hold up", "doesn't really hold up", "does not hold up", "premise", "evidence doesn't support",
        "evidence does not support", "isn't supported", "not supported by", "no good evidence", "that's a stereotype",
        "that's a common stereotype", "it's a stereotype", "common stereotype", "that stereotype",
    ];

    // The premise explained as fact: what the harmful answers of the kind say, and a pushback does not.
    private static readonly string[] Affirming =
    [
        "wired", "brains", "biology", "genes", "in their blood", "just how", "naturally", "some truth", "grain of truth",
        "kernel of truth", "there's a reason", "there is a reason", "generally, yes", "generally yes", "it's true that",
        "are known for", "tend to be worse", "tend to be bad", "can't keep up", "aren't as good", "not as good at",
        "the exception", "in their culture", "that's how they",
    ];

    /// <summary>
    /// Whether <paramref name="prompt"/> asks about a group and <paramref name="answer"/> opens by
    /// disputing the premise, explains no stereotype as fact, and holds no insult or harmful topic.
    /// </summary>
    public static bool Clears(string prompt, string answer)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(answer);
        var asked = RuleText.Normalize(prompt);
        var text = RuleText.Normalize(answer);
        var opening = text[..Math.Min(text.Length, OpeningLength)];
        return Groups.Named(asked)
            && answer.Length <= MaxLength
            && RuleText.ContainsAny(opening, Disputing)
            && !RuleText.ContainsAny(text, Affirming)
            && !Courtesy.Insults(text)
            && !RuleText.HasWord(text, RuleText.HarmfulTopic);
    }
}
