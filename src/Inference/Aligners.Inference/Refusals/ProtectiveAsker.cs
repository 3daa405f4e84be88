namespace Aligners.Inference.Refusals;

/// <summary>
/// Whether a prompt asks how others do a harm, from someone who states a role or purpose of
/// protecting against it ("how do people skim cards at petrol pumps? I run a garage and want to
/// train my staff"): the answer it needs is the patterns and the defences, so it is no harmful
/// request. A first-person request ("how do I ...", "how can I ...") or one to go unseen ("without
/// getting caught", "get away with") stays harmful whatever role is stated, and a bare "how do people
/// ..." with no protective role is left to the encoder. Pure, no regular expressions.
/// </summary>
public static class ProtectiveAsker
{
    // The question is of what others do: "how do people", "how do thieves", "how does someone".
    private static readonly string[] OthersDoing =
    [
        "how do people", "how do thieves", "how do shoplifters", "how do scammers", "how do criminals", "how do burglars",
        "how do kids", "how do teens", "how do students", "how do customers", "how do employees", "how do fraudsters",
        "how do hackers", "how do predators", "how do they", "how does someone", "how does somebody", "how does anyone",
        "how would someone", "how would people", "how might someone", "how can people", "how can someone", "what do people use to",
        "how are people", "what tricks do people", "what methods do people", "how do most people",
    ];

    // A role or purpose of protecting against the harm.
    private static readonly string[] Protecting =
    [
        "i manage", "i'm a manager", "i am a manager", "i run a", "i own a", "i'm a store", "i'm a shop", "as a manager",
        "i'm a parent", "i am a parent", "as a parent", "i'm a mum", "i'm a mom", "i'm a dad", "i'm a teacher",
        "i am a teacher", "as a teacher", "i teach", "i work in security", "i work security", "security guard", "loss prevention",
        "losses are up", "we've been losing", "we keep losing", "to protect", "protect my", "protect our", "train my staff",
        "train our staff", "train staff", "to prevent", "prevent it", "stop it happening", "spot it", "look out for", "watch out for",
    ];

    // The asker's own doing, or going unseen: harmful whatever the stated role.
    private static readonly string[] OwnDoing =
    [
        "how do i ", "how can i ", "how should i ", "how would i ", "how could i ", "how do we ", "how can we ", "how to ",
        "without getting caught", "without being caught", "get away with", "without anyone noticing", "without them noticing",
        "so i don't get caught", "so i dont get caught", "can i ", "should i ",
    ];

    /// <summary>Whether <paramref name="prompt"/> asks how others do a harm, from a stated protective role or purpose.</summary>
    public static bool Asks(string prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var text = " " + prompt.ToLowerInvariant().Replace('’', '\'') + " ";
        return OthersDoing.Any(o => text.Contains(o, StringComparison.Ordinal))
            && Protecting.Any(p => text.Contains(p, StringComparison.Ordinal))
            && !OwnDoing.Any(o => text.Contains(o, StringComparison.Ordinal));
    }
}
