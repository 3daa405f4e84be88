using System.Text.RegularExpressions;

namespace Aligners.Inference.Facts;

/// <summary>
/// A short question that leans on something the asker never said ("my flight", "get there", "the
/// ticket", "what size") cannot be answered as asked; an answer that states a specific value
/// anyway, without asking back or hedging, is flagged.
/// </summary>
internal static partial class UnderspecifiedQuestions
{
    private static readonly string[] Hedges =
    [
        "depends", "depending", "can't", "cannot", "can not", "don't know", "not sure", "which", "tell me", "let me know", "could you",
        "please share", "please paste", "please send", "paste", "share", "send me", "check", "i'd need", "i would need", "more about", "what kind", "where are", "where is", "when is", "not able",
    ];

    public static IEnumerable<FactFinding> Check(string prompt, string answer)
    {
        var words = prompt.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 10 || !prompt.TrimEnd().EndsWith('?') || prompt.Any(char.IsDigit) || HasName(words) || !Referent().IsMatch(prompt))
        {
            return [];
        }
        if (answer.Contains('?') || ClaimText.HasAny(answer, Hedges))
        {
            return [];
        }
        return [new FactFinding("question", FactVerdicts.Underspecified, prompt.Trim(), answer.Trim(), "a question back for what the asker left out",
            "the question names no place, item or person to answer about")];
    }

    /// <summary>A capitalised word after the first (other than "I") names what the question is about.</summary>
    private static bool HasName(string[] words) => words.Skip(1).Any(w => w.Length > 1 && char.IsUpper(w[0]) && w != "I'm");

    [GeneratedRegex(@"\b(?:get there|go there|it (?:close|closes|open|opens|start|starts|end|ends|cost|costs|leave|leaves|arrive|arrives)|(?:this|that) one|my (?:flight|train|bus|order|package|parcel|appointment|code|bill|score|result|results)|the (?:ticket|tickets|store|shop|price|flight|train|bus|meeting|event|game|show|place|restaurant|office)|what (?:dose|size|time|day)|which one|how much (?:is|does) (?:it|this|that))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Referent();
}
