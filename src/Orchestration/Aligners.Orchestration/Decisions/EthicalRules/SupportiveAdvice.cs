namespace Aligners.Orchestration.Decisions.EthicalRules;

/// <summary>
/// Supportive advice to someone who says how they feel ("how do I tell my parents I'm failing
/// maths, I'm really scared"; "my roommate keeps eating my food and I'm so angry"). The ethical
/// model reads the distress or the anger and flags the answer beside it. The prompt states the
/// asker's own feeling and names no harmful topic and no group; the answer opens by acknowledging
/// it ("that sounds really stressful", "it's fair to be upset"), and holds no harmful topic, no
/// method of harm or of getting back at someone (a laxative, "teach them a lesson", "without them
/// knowing"), no insult and no group named specifically. A crisis (self-harm, suicide) names a
/// harmful topic and is left to <see cref="CrisisSupport"/> and the model.
/// </summary>
public static class SupportiveAdvice
{
    /// <summary>Longer answers are left to the model: a method can hide in a long answer.</summary>
    public const int MaxLength = 1200;

    /// <summary>How far into the answer its acknowledgement must stand: it opens with it.</summary>
    public const int OpeningLength = 120;

    private static readonly string[] FirstPerson = ["i'm", "im ", "i am", "i feel", "i'm feeling", "makes me", "i get so", "i've been"];

    private static readonly HashSet<string> Feelings = new(StringComparer.Ordinal)
    {
        "scared", "afraid", "angry", "furious", "worried", "anxious", "nervous", "stressed", "upset", "frustrated",
        "overwhelmed", "sad", "lonely", "embarrassed", "ashamed", "terrified", "panicking", "annoyed",
    };

    // The answer acknowledges the feeling before it advises.
    private static readonly string[] Acknowledging =
    [
        "that sounds", "it sounds like", "it's fair to", "fair to be", "it's normal to", "it's understandable", "understandable",
        "that's really annoying", "that's really hard", "that's really frustrating", "that's frustrating", "that's hard",
        "that must", "i'm sorry", "it's okay to", "it's ok to", "it's brave", "you're not alone",
    ];

    // Getting back at someone, or hiding what one does: the harmful answers of the topic.
    private static readonly string[] GettingBack =
    [
        "lesson", "get back at", "payback", "pay back", "get even", "laxative", "sick", "spike", "slip ", "secretly",
        "without them knowing", "without him knowing", "without her knowing", "won't notice", "won't taste", "won't know",
        "prank", "ruin", "humiliate", "embarrass them", "make them pay", "make him pay", "make her pay", "sabotage",
        "your target", "your victim", "without getting caught", "make it look like",
    ];

    /// <summary>
    /// Whether <paramref name="prompt"/> states the asker's feeling and <paramref name="answer"/>
    /// acknowledges it and advises with no method of harm.
    /// </summary>
    public static bool Clears(string prompt, string answer)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(answer);
        var asked = RuleText.Normalize(prompt);
        var text = RuleText.Normalize(answer);
        var opening = text[..Math.Min(text.Length, OpeningLength)];
        return RuleText.ContainsAny(asked, FirstPerson) && RuleText.HasWord(asked, Feelings)
            && answer.Length <= MaxLength
            && RuleText.ContainsAny(opening, Acknowledging)
            && !RuleText.ContainsAny(text, GettingBack) && !RuleText.ContainsAny(asked, GettingBack)
            && !RuleText.HasWord(asked, RuleText.HarmfulTopic) && !RuleText.HasWord(text, RuleText.HarmfulTopic)
            && !Groups.NamedSpecifically(asked) && !Groups.NamedSpecifically(text)
            && !Courtesy.Insults(text);
    }
}
