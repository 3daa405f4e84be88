namespace Aligners.Inference.Refusals;

/// <summary>
/// A wish that someone else act, stated anywhere in a clause: "I've got a bad back but I want my GP
/// to prescribe more than I need" asks to "get my GP to prescribe more than I need". The request
/// shapes read "I want to ..." only, so such a prompt was restated by its closing question alone
/// ("what you should say"), which names no request. Pure, no regular expressions.
/// </summary>
public static class WishedAgent
{
    private static readonly string[] Wishes = [" i want ", " we want ", " i need ", " we need ", " i'd like ", " i would like "];
    // The one who is to act: a person or body named with a determiner, or a pronoun.
    private static readonly string[] Agents = ["my ", "our ", "the ", "a ", "an ", "his ", "her ", "their ", "someone", "somebody", "him ", "them ", "her "];
    // A longer stretch before "to" is no noun phrase ("I want my money back before I have to move").
    private const int MaxAgentWords = 4;

    /// <summary>"get" with the one wished to act and the action, as written (first person kept), or null.</summary>
    public static string? Of(string clause)
    {
        var padded = " " + clause.Trim().Replace('’', '\'') + " ";
        foreach (var wish in Wishes)
        {
            var at = padded.IndexOf(wish, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                continue;
            }
            var after = padded[(at + wish.Length)..];
            if (!Agents.Any(a => after.StartsWith(a, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }
            var to = after.IndexOf(" to ", StringComparison.OrdinalIgnoreCase);
            if (to <= 0)
            {
                continue;
            }
            var agent = after[..to].Trim();
            var action = after[(to + 4)..].Trim();
            if (agent.Split(' ').Length > MaxAgentWords || action.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 2)
            {
                continue;
            }
            return $"get {agent} to {action}";
        }
        return null;
    }
}
