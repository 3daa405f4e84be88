namespace Aligners.Orchestration.Decisions.EthicalRules;

/// <summary>
/// How a harm done to people works, told to someone who asks how it works rather than how to do
/// it ("how do romance scammers usually operate?"), in an answer that names the pattern or the
/// signs and what to do about them. <see cref="ProtectiveEducation"/> asks the prompt for a stated
/// protective purpose; this rule takes, instead, a question about what others do: "how do" or
/// "how does" followed by a third-person subject (not "I", "you", "we") and a verb of working
/// ("operate", "work", "usually", "typically"), with no request to write, make or be taught.
/// The answer must hold signs or a pattern and an act that protects, and nothing that casts the
/// reader as the doer ("your target", "you'll need", "without getting caught").
/// </summary>
public static class HowHarmWorks
{
    private static readonly HashSet<string> FirstOrSecondPerson = new(StringComparer.Ordinal)
    {
        "i", "you", "we", "u", "one", "someone", "somebody", "people",
    };

    private static readonly string[] HowItWorks = ["operate", "work", "usually", "typically", "tend to"];

    // A request to be taught to do it, or to have it written, is not a question about how it works.
    private static readonly string[] DoingIt =
    [
        "how to", "how can i", "how could i", "how do i", "how would i", "how should i", "teach me", "write", "make me",
        "give me", "step by step", "step-by-step", "without getting caught", "for me", "pretend", "roleplay", "role-play",
    ];

    // The answer names the pattern it describes, beside the signs of the protective lesson.
    private static readonly string[] Pattern = ["pattern", "often follow", "usually follow", "the usual"];

    // The reader cast as the one who does the harm.
    private static readonly string[] ReaderAsDoer =
    [
        "your target", "your victim", "your mark", "you'll need", "you will need", "you need to", "without getting caught",
        "avoid detection", "untraceable", "so they don't suspect", "so they won't suspect",
    ];

    /// <summary>
    /// Whether <paramref name="prompt"/> asks how a harm done by others works and
    /// <paramref name="answer"/> describes it with its signs and what to do.
    /// </summary>
    public static bool Clears(string prompt, string answer)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(answer);
        var asked = RuleText.Normalize(prompt);
        var text = RuleText.Normalize(answer);
        return AsksHowOthersDoIt(asked)
            && RuleText.ContainsAny(asked, HowItWorks)
            && !RuleText.ContainsAny(asked, DoingIt)
            && (RuleText.ContainsAny(text, ProtectiveEducation.Signs) || RuleText.ContainsAny(text, Pattern))
            && RuleText.CountOf(text, ProtectiveEducation.ProtectiveActs) >= 1
            && !RuleText.ContainsAny(text, ReaderAsDoer)
            && !Courtesy.Insults(text);
    }

    // "how do" or "how does" followed by a subject that is neither the asker nor the assistant.
    private static bool AsksHowOthersDoIt(string asked)
    {
        var words = RuleText.Words(asked);
        for (var i = 0; i + 2 < words.Count; i++)
        {
            if (words[i] == "how" && words[i + 1] is "do" or "does" && !FirstOrSecondPerson.Contains(words[i + 2]))
            {
                return true;
            }
        }
        return false;
    }
}
