using Aligners.Inference.Refusals;

namespace Aligners.Orchestration.Decisions.Helpful;

/// <summary>
/// Code asked for and described instead ("write a SQL query for ..." — "Use SQL's sorting and
/// limiting features"): the prompt asks to write, give or show a query, function, script, regex,
/// snippet, command, program or loop, and the answer holds nothing that code is written with (no
/// backtick, no operator, bracket, slash, hyphen or underscore, no indented line) and does not decline (a refusal
/// is read by <see cref="HarmlessRefusal"/>). Every query or command the prompts asked for was
/// answered with at least one such character; an answer that writes the code in plain words
/// ("SELECT name FROM employees ORDER BY salary DESC LIMIT five") would be flagged wrongly.
/// </summary>
public static class MissingCode
{
    private static readonly string[] Asking = ["write a", "write me", "give me a", "give me the", "show me"];

    private static readonly HashSet<string> CodeWords = new(StringComparer.Ordinal)
    {
        "query", "function", "script", "regex", "snippet", "code", "command", "program", "loop",
    };

    // Characters that code holds and prose seldom does; a hyphen or an underscore stands in
    // command flags and names ("ls -a", "max_salary"), and prose that holds one is left to the model.
    private const string CodeMarks = "`=(){};<>$|/\\*[]-_%#@&^~";

    /// <summary>Whether <paramref name="prompt"/> asks for code and <paramref name="answer"/> gives none.</summary>
    public static bool Flags(string prompt, string answer)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(answer);
        var asked = AnswerSentences.Normalize(prompt);
        return AnswerSentences.HasAny(asked, Asking)
            && AnswerSubstance.Words(prompt).Any(CodeWords.Contains)
            && answer.AsSpan().IndexOfAny(CodeMarks) < 0
            && !answer.Contains("\n    ", StringComparison.Ordinal) && !answer.Contains("\n\t", StringComparison.Ordinal)
            && !AnswerRefusal.Declines(answer) && !HarmlessRefusal.OpensRefusing(answer);
    }
}
