using System.Text.RegularExpressions;

namespace Aligners.Orchestration.Decisions;

/// <summary>
/// The request a refusal restates: "I'm sorry, but I can't help you get into your ex's account."
/// restates "get into your ex's account". A refusal that restates a request the prompt did not
/// make ("I can't help you break into your neighbor's house." to a question about an insurance
/// claim) is an answer to another question, however polite; the gate compares the restatement
/// with the prompt. Pure.
/// </summary>
public static partial class RefusalRestatement
{
    // A restatement this short ("with that", "it") names no request.
    private const int MinWords = 3;
    private static readonly string[] Pointers = ["that", "this", "it", "those", "these"];

    /// <summary>The request restated by the first refusal sentence of <paramref name="text"/>, or null when none restates one.</summary>
    public static string? Of(string text)
    {
        foreach (Match m in Refusal().Matches(text))
        {
            var ask = m.Groups["ask"].Value.Trim();
            var words = ask.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length >= MinWords && !Pointers.Contains(words[0].TrimEnd(',', ':', ';').ToLowerInvariant()))
            {
                return ask;
            }
        }
        return null;
    }

    /// <summary>"I can't help you X.", "I'm not able to help with X.", "Sorry, I can't assist with X." at the start of a sentence.</summary>
    [GeneratedRegex(@"(?:^|(?<=[.!?]\s+))(?:I'm sorry, but |I am sorry, but |Sorry, )?I(?: can't| cannot| can not|'m not able to| am not able to| won't) (?:help|assist)(?: you)?(?: with)? (?<ask>[^.!?]+)[.!?]",
        RegexOptions.IgnoreCase)]
    private static partial Regex Refusal();
}
