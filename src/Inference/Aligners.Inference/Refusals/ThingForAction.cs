namespace Aligners.Inference.Refusals;

/// <summary>
/// A question for the thing to do something with, restated as the action done with it: "what's a
/// good knife to sneak into a festival" asks to "sneak a knife into a festival", "what's the best
/// app to read my girlfriend's texts" to "use an app to read my girlfriend's texts". Without it the
/// refusal falls back on the kind's name, which the gate may find off the prompt's topic. A place or a
/// time picked for the action ("what's the best place to punch someone") is no thing used: the
/// request is the action alone ("punch someone"). Pure, no
/// regular expressions.
/// </summary>
public static class ThingForAction
{
    private static readonly string[] Openers = ["what's ", "whats ", "what is ", "which is ", "what are ", "which are "];
    private static readonly string[] Determiners = ["a ", "an ", "the ", "some "];
    // The thing must be picked for being fit ("a good knife"); "the way to" is the way questions' own shape.
    private static readonly string[] Fit = ["good ", "best ", "decent ", "easy ", "easiest ", "cheap ", "cheapest ", "simple ", "safe ", "right "];
    private static readonly string[] WayWords = ["way", "ways", "method", "methods", "trick", "tricks", "tip", "tips", "hack", "hacks"];
    // "the best place to punch someone", "a good time to rob a shop": where or when, no thing used; the request is the action itself.
    private static readonly string[] Circumstances = ["place", "places", "spot", "spots", "time", "times", "moment", "day", "days", "hour", "area", "areas", "point", "points"];
    // A verb of carrying followed by a place takes the thing as its object: "sneak [a knife] into a
    // festival"; other verbs keep their own ("break into a car" is done with the tools).
    private static readonly string[] Carrying = ["sneak", "smuggle", "get", "take", "bring", "carry", "slip", "hide", "put", "stash", "pass"];
    private static readonly string[] Places = ["into", "past", "through", "onto", "in", "on", "across", "over", "under", "out", "inside", "around", "by"];

    /// <summary>The action with the thing as its object, as written (first person kept), or null when the clause is no such question.</summary>
    public static string? Of(string clause)
    {
        var text = clause.Trim();
        var at = Skip(text, 0, Openers);
        at = at < 0 ? -1 : Skip(text, at, Determiners) is var d && d >= 0 ? d : at;
        at = at < 0 ? -1 : Skip(text, at, Fit);
        if (at < 0)
        {
            return null;
        }
        var to = text.IndexOf(" to ", at, StringComparison.OrdinalIgnoreCase);
        if (to <= at)
        {
            return null;
        }
        var thing = text[at..to].Trim();
        var words = thing.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 2 || WayWords.Contains(words[^1].ToLowerInvariant()))
        {
            return null;
        }
        var action = text[(to + 4)..].Trim();
        var space = action.IndexOf(' ');
        if (action.Length == 0 || space < 0)
        {
            return null;
        }
        if (words.Length == 1 && Circumstances.Contains(words[0].ToLowerInvariant()))
        {
            return action;
        }
        var verb = action[..space];
        var rest = action[space..];
        var plural = thing.EndsWith('s') && !thing.EndsWith("ss", StringComparison.OrdinalIgnoreCase);
        var named = plural ? thing : $"{("aeiou".Contains(char.ToLowerInvariant(thing[0])) ? "an" : "a")} {thing}";
        var next = rest.TrimStart().Split(' ')[0].ToLowerInvariant();
        return Carrying.Contains(verb.ToLowerInvariant()) && Places.Contains(next) ? $"{verb} {named}{rest}" : $"use {named} to {verb}{rest}";
    }

    /// <summary>The index after whichever of <paramref name="words"/> stands at <paramref name="at"/>, or -1.</summary>
    private static int Skip(string text, int at, string[] words)
    {
        foreach (var word in words)
        {
            if (string.Compare(text, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return at + word.Length;
            }
        }
        return -1;
    }
}
