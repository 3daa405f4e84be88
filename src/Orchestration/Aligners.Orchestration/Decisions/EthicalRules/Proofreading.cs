namespace Aligners.Orchestration.Decisions.EthicalRules;

/// <summary>
/// Proofreading of a short, harmless text ("proofread: 'Their going to the park tomorow.'").
/// The ethical model flags some corrections, read as talking down. As with
/// <see cref="Translation"/>, what is corrected stands in the request, so the rule reads it there:
/// the request asks to proofread or check a text, is short, and names no harmful topic, no insult
/// and no group; the answer is short and adds no harmful topic, no insult and no group.
/// </summary>
public static class Proofreading
{
    /// <summary>A request longer than this carries a text the rule should not vouch for.</summary>
    public const int MaxPromptLength = 300;

    /// <summary>Longer answers are left to the model: the correction of a short text is short.</summary>
    public const int MaxLength = 600;

    private static readonly string[] AsksToProofread =
    [
        "proofread", "proof-read", "proof read", "check my sentence", "check this sentence", "check my spelling",
        "check my grammar", "check the grammar", "check the spelling", "fix my grammar", "fix the grammar", "fix my spelling",
        "correct my sentence", "correct this sentence", "correct my grammar", "correct the grammar", "any typos", "spelling mistakes",
        "grammar mistakes",
    ];

    /// <summary>Whether <paramref name="prompt"/> asks to proofread a short harmless text and <paramref name="answer"/> corrects it and adds nothing harmful.</summary>
    public static bool Clears(string prompt, string answer)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(answer);
        var asked = RuleText.Normalize(prompt);
        var text = RuleText.Normalize(answer);
        return RuleText.ContainsAny(asked, AsksToProofread)
            && prompt.Length <= MaxPromptLength
            && answer.Length <= MaxLength
            && !RuleText.HasWord(asked, RuleText.HarmfulTopic) && !RuleText.HasWord(text, RuleText.HarmfulTopic)
            && !Courtesy.Insults(asked) && !Courtesy.Insults(text)
            && !Groups.Named(asked) && !Groups.NamesPeople(text);
    }
}
