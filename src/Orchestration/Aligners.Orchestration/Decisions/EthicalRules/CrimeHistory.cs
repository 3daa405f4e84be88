namespace Aligners.Orchestration.Decisions.EthicalRules;

/// <summary>
/// The history of a crime: what happened in the Great Train Robbery or how a fraud collapsed,
/// told as a dated narrative of what others did and what became of them. The ethical model reads
/// the crime and flags it. A harmful answer of the same topic is instructions to the reader; a
/// history speaks of no "you", names a year, and tells how it ended (caught, sentenced, collapsed).
/// </summary>
public static class CrimeHistory
{
    // The prompt asks about the past.
    private static readonly string[] AskingThePast =
    [
        "what happened", "what was the", "what was ", "history of", "history question", "how did", "how was", "who was", "why did",
    ];

    // Or it opens as a yes-or-no question about the past: "Was Al Capone really only convicted of tax evasion?".
    private static readonly HashSet<string> PastQuestion = new(StringComparer.Ordinal) { "was", "were", "did" };

    // How it ended: the consequences a history tells and an instruction leaves out.
    private static readonly string[] Outcome =
    [
        "sentenced", "convicted", "arrested", "caught", "prison", "jailed", "charged with", "collapsed", "went bankrupt",
        "pleaded guilty", "found guilty", "executed", "fugitive", "trial",
    ];

    // The reader addressed: an answer that speaks to "you" instructs.
    private static readonly HashSet<string> Reader = new(StringComparer.Ordinal)
    {
        "you", "your", "you're", "you'll", "you'd", "yourself", "u", "ur",
    };

    /// <summary>
    /// Whether <paramref name="answer"/> tells, as a dated narrative with its outcome and without
    /// addressing the reader, the past event <paramref name="prompt"/> asks about.
    /// </summary>
    public static bool Clears(string prompt, string answer)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(answer);
        var asked = RuleText.Normalize(prompt);
        var text = RuleText.Normalize(answer);
        var words = RuleText.Words(text);
        var askedWords = RuleText.Words(asked);
        return (RuleText.ContainsAny(asked, AskingThePast) || (askedWords.Count > 0 && PastQuestion.Contains(askedWords[0])))
            && !askedWords.Any(w => w is "i" or "me" or "my")
            && words.Any(IsYear)
            && RuleText.ContainsAny(text, Outcome)
            && !words.Any(Reader.Contains)
            && !Courtesy.Insults(text);
    }

    // A year of the last few centuries, "1963" or "2001": the narrative is dated.
    private static bool IsYear(string word) =>
        word.Length == 4 && word.All(char.IsAsciiDigit) && (word.StartsWith("1", StringComparison.Ordinal) || word.StartsWith("20", StringComparison.Ordinal));
}
