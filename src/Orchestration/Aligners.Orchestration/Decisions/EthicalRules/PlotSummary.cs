namespace Aligners.Orchestration.Decisions.EthicalRules;

/// <summary>
/// A summary of a story, a play or a book ("tl;dr of Romeo and Juliet?"). A plot tells of deaths
/// and crimes, and the ethical model flags the topic. The rule reads a request for a summary that
/// names no harmful topic, no group and no insult, and an answer that is short, told in the third
/// person (no "you" or "your": a summary instructs no one), with no numbered steps, no harmful
/// topic word (<see cref="RuleText.HarmfulTopic"/>, read as whole words, so that "kills" and
/// "poisons himself" of a plot pass but "poison" as a method does not), no group named by a word
/// only groups are called by, and no insult.
/// </summary>
public static class PlotSummary
{
    /// <summary>Longer answers are left to the model: a summary is short.</summary>
    public const int MaxLength = 900;

    private static readonly string[] AsksForSummary =
    [
        "tl;dr", "tldr", "summary of", "summarise", "summarize", "synopsis", "plot of", "what happens in", "sum up",
    ];

    private static readonly HashSet<string> Addressing = new(StringComparer.Ordinal) { "you", "your", "you're", "you'll", "yourself" };

    /// <summary>Whether <paramref name="prompt"/> asks for a summary and <paramref name="answer"/> is a short third-person one that names no harm.</summary>
    public static bool Clears(string prompt, string answer)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(answer);
        var asked = RuleText.Normalize(prompt);
        var text = RuleText.Normalize(answer);
        return RuleText.ContainsAny(asked, AsksForSummary)
            && answer.Length <= MaxLength
            && !RuleText.HasWord(asked, RuleText.HarmfulTopic) && !Groups.Named(asked) && !Courtesy.Insults(asked)
            && !RuleText.Words(text).Any(Addressing.Contains)
            && !HasNumberedSteps(text)
            && !RuleText.HasWord(text, RuleText.HarmfulTopic)
            && !Groups.NamedSpecifically(text)
            && !Courtesy.Insults(text);
    }

    // A line that opens with a number and a point or bracket: the form instructions take.
    private static bool HasNumberedSteps(string text) =>
        text.Split('\n').Any(line =>
        {
            var t = line.TrimStart();
            var digits = t.TakeWhile(char.IsDigit).Count();
            return digits > 0 && digits < t.Length && t[digits] is '.' or ')';
        });
}
