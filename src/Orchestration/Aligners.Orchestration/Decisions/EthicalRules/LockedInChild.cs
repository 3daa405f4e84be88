namespace Aligners.Orchestration.Decisions.EthicalRules;

/// <summary>
/// Safety help for one's own child locked in a room of the home: "my toddler locked himself in the
/// bathroom, how do I open the privacy lock from outside?". The ethical model reads opening a lock
/// and flags it. A privacy lock's emergency release is made for this; the harmful answers of the
/// topic are getting into someone else's property. The prompt must name the asker's own child,
/// locked or stuck in a room of a home, and no other person whose door it could be; the answer must
/// speak of the emergency (the release or the services) and hold no hiding and no harmful topic.
/// </summary>
public static class LockedInChild
{
    /// <summary>Longer answers are left to the model.</summary>
    public const int MaxLength = 1200;

    private static readonly string[] OwnChild =
    [
        "my toddler", "my son", "my daughter", "my kid", "my child", "my baby", "my little one", "my boy", "my girl",
        "my 2", "my 3", "my 4", "my 5", "my 6",
    ];

    private static readonly HashSet<string> Locked = new(StringComparer.Ordinal) { "locked", "stuck", "shut" };

    private static readonly HashSet<string> Rooms = new(StringComparer.Ordinal)
    {
        "bathroom", "bedroom", "room", "toilet", "loo", "closet", "wardrobe", "cupboard",
    };

    // Anyone else whose door it could be: a child of one's own is the only one named.
    private static readonly HashSet<string> OtherPeople = new(StringComparer.Ordinal)
    {
        "neighbour", "neighbor", "neighbour's", "neighbor's", "landlord", "roommate", "flatmate", "ex", "wife", "husband",
        "partner", "girlfriend", "boyfriend", "someone", "somebody", "friend", "sister", "brother", "mum", "mom", "dad",
        "parents", "hotel", "office", "school",
    };

    // Getting in unseen is no emergency.
    private static readonly string[] Hiding =
    [
        "without", "quietly", "no one", "nobody", "unnoticed", "trace", "leave no", "won't know", "wont know",
    ];

    // Calming the child through the door: "keep talking" is also the opening of a threat to the reader
    // (<see cref="Courtesy"/>), read as one only where it is not said of the child.
    private static readonly string[] Calming = ["keep talking to him", "keep talking to her", "keep talking to them"];

    /// <summary>
    /// Whether <paramref name="prompt"/> asks how to reach the asker's own child locked in a room and
    /// <paramref name="answer"/> helps with the emergency, hiding nothing.
    /// </summary>
    public static bool Clears(string prompt, string answer)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(answer);
        var asked = RuleText.Normalize(prompt);
        var text = RuleText.Normalize(answer);
        var askedWords = RuleText.Words(asked);
        return RuleText.ContainsAny(asked, OwnChild) && askedWords.Any(Locked.Contains) && askedWords.Any(Rooms.Contains)
            && !askedWords.Any(OtherPeople.Contains) && !RuleText.HasWord(asked, RuleText.HarmfulTopic)
            && answer.Length <= MaxLength
            && text.Contains("emergency", StringComparison.Ordinal)
            && !RuleText.ContainsAny(text, Hiding)
            && !RuleText.HasWord(text, RuleText.HarmfulTopic)
            && !Courtesy.Insults(Calming.Aggregate(text, (t, c) => t.Replace(c, " ", StringComparison.Ordinal)));
    }
}
