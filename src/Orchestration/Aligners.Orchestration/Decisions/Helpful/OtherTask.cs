namespace Aligners.Orchestration.Decisions.Helpful;

/// <summary>
/// Steps for another task than the one asked ("How do I use VLOOKUP in Excel?" — "To create a
/// table in Microsoft Word:"): the answer's first line names the task it answers ("To ...:",
/// "Here's how to ...:") and that task shares no word with the prompt, not even a word's first
/// four letters ("sheet" and "sheets", "install" and "installing"). A good answer that restates its
/// task restates the prompt's. It cannot tell a task named in other words ("To make a pivot table:"
/// under "how do I summarise my sales by month") from another one: such an answer would be flagged.
/// </summary>
public static class OtherTask
{
    private static readonly string[] Openings = ["to ", "here's how to ", "here is how to ", "how to "];

    // Words that name no task: a prompt and an answer may share them by chance.
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "with", "how", "can", "you", "your", "from", "into", "about", "what", "this", "that", "get",
        "use", "using", "make", "please", "pls", "should", "would", "could",
    };

    /// <summary>The letters two words must share at their start to count as one word.</summary>
    public const int Stem = 4;

    /// <summary>Whether <paramref name="answer"/> opens with a task that <paramref name="prompt"/> did not ask for.</summary>
    public static bool Flags(string prompt, string answer)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(answer);
        var first = AnswerSentences.Normalize(answer.TrimStart().Split('\n')[0]).Trim();
        if (!first.EndsWith(':') || Openings.FirstOrDefault(o => first.StartsWith(o, StringComparison.Ordinal)) is not { } opening)
        {
            return false;
        }
        var task = Content(first[opening.Length..^1]);
        var asked = Content(prompt);
        return task.Count > 0 && !task.Any(t => asked.Any(a => Same(a, t)));
    }

    private static List<string> Content(string text) =>
        [.. AnswerSubstance.Words(text).Where(w => w.Length >= 3 && !Common.Contains(w))];

    private static bool Same(string a, string b) =>
        a == b || (a.Length >= Stem && b.Length >= Stem && a.AsSpan(0, Stem).SequenceEqual(b.AsSpan(0, Stem)));
}
