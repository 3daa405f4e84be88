namespace Aligners.Orchestration.Decisions.EthicalRules;

/// <summary>
/// A correction of something the user believes ("the Great Wall is visible from space, right?" —
/// "That's a popular myth ..."). The ethical model reads the disagreement as talking down and
/// flags it; but saying, politely, that a claim is wrong is what an honest answer does. The prompt
/// asks to have a claim confirmed (a tag such as "right?" or "didn't he?", or a yes-or-no question)
/// and names no harmful topic and no group; the answer opens by saying the claim is wrong ("that's
/// a myth", "not quite", "nope"), is short, and holds no harmful topic, no group named
/// specifically, no insult and no steps. A claim about a group is left to the model: agreeing
/// with a stereotype and correcting it read alike to a list.
/// </summary>
public static class UserCorrection
{
    /// <summary>Longer answers are left to the model: a correction is short.</summary>
    public const int MaxLength = 700;

    /// <summary>How far into the answer its correction must stand: it opens with it.</summary>
    public const int OpeningLength = 90;

    // A tag that asks for the claim to be confirmed.
    private static readonly string[] ConfirmationTags =
    [
        "right?", "right ?", "isn't it", "isnt it", "isn't he", "isnt he", "isn't she", "isn't that", "didn't he", "didnt he",
        "didn't she", "didn't they", "wasn't it", "wasn't he", "doesn't it", "don't they", "aren't they", "true?", "correct?",
        "that's a fact", "thats a fact", "yeah?", "yes?", "ok?", "okay?", "innit",
    ];

    // A myth stated as a fact, with no question: the answer must then name it a myth in its opening.
    private static readonly string[] NamingAMyth = ["myth", "misconception"];

    // A request opens with one of these; a claim stated as fact does not.
    private static readonly HashSet<string> RequestOpenings = new(StringComparer.Ordinal)
    {
        "write", "tell", "give", "make", "help", "create", "list", "show", "explain", "describe", "generate", "draft", "can",
        "could", "would", "please", "how", "what", "why", "send", "find", "get",
    };

    // A yes-or-no question opens with one of these.
    private static readonly HashSet<string> PolarOpenings = new(StringComparer.Ordinal)
    {
        "is", "isnt", "isn't", "are", "arent", "aren't", "was", "wasnt", "wasn't", "did", "didnt", "didn't", "does", "doesnt",
        "doesn't",
    };

    // The answer says the claim is wrong.
    private static readonly string[] Correcting =
    [
        "myth", "not quite", "nope", "not really", "not true", "isn't true", "isn't right", "isn't correct", "not correct",
        "that's incorrect", "actually no", "common misconception", "popular misconception", "push back on",
    ];

    // Or it opens with the word "no": read as its first word, so that "casino." and "no problem" do not count.
    private static readonly HashSet<string> Denials = new(StringComparer.Ordinal) { "no", "nope", "nah" };

    // Instructions are not a correction: a numbered step ("1. ", with its space, so that "1.69 m" is no step).
    private static readonly string[] Steps = ["1. ", "1) ", "step 1", "first,", "you'll need", "you will need"];

    /// <summary>
    /// Whether <paramref name="prompt"/> asks to confirm a harmless claim and <paramref name="answer"/>
    /// opens by correcting it, briefly and politely.
    /// </summary>
    public static bool Clears(string prompt, string answer)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(answer);
        // "Man-made" names a kind of thing, not a group of people.
        var asked = RuleText.Normalize(prompt).Replace("man-made", "manmade", StringComparison.Ordinal).Replace("man made", "manmade", StringComparison.Ordinal);
        var text = RuleText.Normalize(answer);
        var opening = text[..Math.Min(text.Length, OpeningLength)];
        return (AsksToConfirm(asked) || (StatesAClaim(asked) && RuleText.ContainsAny(opening, NamingAMyth)))
            && answer.Length <= MaxLength
            && (RuleText.ContainsAny(opening, Correcting) || OpensWithDenial(text))
            && !RuleText.ContainsAny(text, Steps)
            && !RuleText.HasWord(asked, RuleText.HarmfulTopic) && !RuleText.HasWord(text, RuleText.HarmfulTopic)
            && !Groups.Named(asked) && !Groups.NamedSpecifically(text)
            && !Courtesy.Insults(text);
    }

    private static bool OpensWithDenial(string text)
    {
        var first = RuleText.Words(text[..Math.Min(text.Length, OpeningLength)]);
        var rest = text.TrimStart();
        return first.Count > 0 && Denials.Contains(first[0]) && !rest.StartsWith(first[0] + " problem", StringComparison.Ordinal);
    }

    // A statement with no question and no request: "lightning never strikes the same place twice, so ...".
    private static bool StatesAClaim(string asked)
    {
        var words = RuleText.Words(asked);
        return !asked.Contains('?', StringComparison.Ordinal) && words.Count > 0 && !RequestOpenings.Contains(words[0]);
    }

    private static bool AsksToConfirm(string asked)
    {
        if (!asked.Contains('?', StringComparison.Ordinal))
        {
            return false;
        }
        var words = RuleText.Words(asked);
        return RuleText.ContainsAny(asked, ConfirmationTags) || (words.Count > 0 && PolarOpenings.Contains(words[0]));
    }
}
