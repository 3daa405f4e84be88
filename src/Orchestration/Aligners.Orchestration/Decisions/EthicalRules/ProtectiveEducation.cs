namespace Aligners.Orchestration.Decisions.EthicalRules;

/// <summary>
/// Safety education: how a scam, a phishing message or a break-in works, told to someone who says
/// they want to protect themselves or another ("so I can spot them", "my mum got a call", "I want
/// to warn my parents"), in an answer built of the warning signs and what to do about them. The
/// ethical model reads the topic (phishing, burglary) and flags it. Both sides must hold: a
/// protective purpose in the prompt alone is a pretext anyone can write, and an answer that only
/// describes the harm, without signs to watch for and acts that protect, is the harmful one.
/// </summary>
public static class ProtectiveEducation
{
    // The asker's purpose is to protect: themselves, a relative, staff; or they are the one targeted.
    private static readonly string[] ProtectivePurpose =
    [
        "so i can spot", "to spot them", "to spot it", "spot them", "so i can avoid", "so i can recognise", "so i can recognize",
        "protect myself", "protect herself", "protect himself", "protect themselves", "protect my", "want to protect", "how do i protect", "how can i protect",
        "can she protect", "can he protect", "can they protect", "warn my", "want to warn", "teach my", "teach staff", "train my staff",
        "security training", "awareness training", "make mine safer", "make my home safer", "make my house safer", "keep my",
        "almost fell for", "fell for one", "keeps getting", "got a call", "got a weird", "got a strange", "got a message", "got a text",
        "got an email", "received a message", "received an email", "got hacked", "was hacked", "been hacked", "been scammed",
        "signs should i look for", "what signs", "signs of", "how can i tell if", "worried about my", "i'm worried my", "i am worried my",
        "less of a target", "make my place safer", "my mum", "my mom", "my dad", "my parents", "my gran", "my nan", "my grandma", "my grandad", "my grandpa",
    ];

    // The answer teaches recognition: signs, patterns, red flags.
    internal static readonly string[] Signs =
    [
        "red flag", "warning sign", "signs", "to spot", "spot it", "spot them", "easy to spot", "watch for", "look out for",
        "be wary", "suspicious", "typical pattern", "common pattern", "same pattern",
    ];

    // ...and what to do: two of these where the answer names no sign. Refuse, verify, report, secure. None of these carries out a harm.
    internal static readonly string[] ProtectiveActs =
    [
        "never click", "don't click", "do not click", "hang up", "call back", "call the number", "number on the back", "code word",
        "report", "contact the police", "call the police", "verify", "protect", "lock ", "two-factor", "2fa", "never share",
        "never give", "never ask", "won't ask", "don't reply", "do not reply", "emergency services", "buyer protection", "safer",
        "secure your", "talk to", "call or text", "helpline", "contact the bank", "contact your bank", "call the bank",
        "call your bank", "shouldn't reply", "shouldn't share", "don't share", "do not share", "reverse image search",
        "deterrent", "ask a neighbour", "ask a neighbor",
    ];

    /// <summary>
    /// Whether <paramref name="answer"/> teaches protection against the harm <paramref name="prompt"/>
    /// asks about, for a protective purpose the prompt states.
    /// </summary>
    public static bool Clears(string prompt, string answer)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(answer);
        var asked = RuleText.Normalize(prompt);
        var text = RuleText.Normalize(answer);
        return RuleText.ContainsAny(asked, ProtectivePurpose)
            && (RuleText.ContainsAny(text, Signs) ? RuleText.CountOf(text, ProtectiveActs) >= 1 : RuleText.CountOf(text, ProtectiveActs) >= 2)
            && !Courtesy.Insults(text);
    }
}
