namespace Aligners.Orchestration.Decisions.Wording;

/// <summary>
/// Whether a text gives, somewhere, what a kind of question asks for, read from plain words: an
/// instruction for a how-to question (a clause that begins with a verb of doing, "you can ...", a
/// numbered step), a number for an amount, a preference for a choice, a verdict for a yes-or-no
/// question. Generous by design: it only has to tell a definition that says none of it from an
/// answer that opens with one and then answers. Pure.
/// </summary>
public static class AnswerCues
{
    // Verbs an instruction begins with; those that are as often a thing's name ("water", "note", "sleep") are left out,
    // since a definition's subject begins a clause too.
    private static readonly HashSet<string> Doing = new(StringComparer.Ordinal)
    {
        "add", "adjust", "allow", "apply", "ask", "avoid", "boil", "bring", "buy", "call", "change", "check", "choose",
        "clean", "clear", "click", "close", "combine", "compare", "confirm", "connect", "contact", "cook", "copy", "create",
        "cut", "delete", "disable", "download", "drain", "drop", "eat", "edit", "enable", "enter", "fill", "find", "flush", "follow",
        "get", "give", "go", "heat", "hold", "install", "keep", "leave", "let", "limit", "list", "look", "make", "mix",
        "move", "open", "pay", "peel", "pick", "place", "plug", "pour", "press", "put", "read", "remove", "rename", "replace",
        "reset", "restart", "rinse", "run", "save", "scroll", "select", "send", "set", "sign", "simmer", "soak", "split",
        "start", "stir", "stop", "store", "swap", "switch", "take", "tap", "tell", "track", "try", "turn", "unplug", "update",
        "use", "visit", "wait", "wash", "write", "aim", "begin", "build", "plan", "practise", "prepare", "review",
        "skip", "tighten", "trim", "unscrew", "verify", "wipe", "mention", "include", "focus",
        "don't", "never", "always", "first", "then", "next", "finally",
    };

    private static readonly string[] Addressing =
    [
        "you can", "you could", "you should", "you need", "you must", "you'll", "you will", "you have to", "you may", "you might",
        "you want to", "you'd", "to do this", "to set", "to turn", "to make", "to get", "here's how", "steps",
    ];

    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty",
        "forty", "fifty", "sixty", "hundred", "thousand", "million", "half", "quarter", "dozen", "few", "several", "couple", "once", "twice",
        "single", "daily", "weekly", "monthly", "yearly", "annually",
    };

    private static readonly string[] Preferring =
    [
        "better", "best", "prefer", "recommend", "choose", "pick", "go with", " than ", "instead", "depends", "if you", "worth",
    ];

    private static readonly string[] Verdicts =
    [
        "yes", "no,", "no.", "not ", "n't", "should", "safe", "fine", "okay", "worth", "recommend", "depends", "if you", "you can", "better",
    ];

    /// <summary>Whether <paramref name="text"/> gives what <paramref name="asked"/> asks for; always true for <see cref="AskedFor.Open"/>.</summary>
    public static bool Gives(string text, AskedFor asked)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lower = " " + text.ToLowerInvariant().Replace('\u2019', '\'') + " ";
        return asked switch
        {
            AskedFor.HowTo => Instructs(text, lower),
            AskedFor.Amount => text.Any(char.IsDigit) || Words(lower).Any(NumberWords.Contains),
            AskedFor.Choice => Preferring.Any(p => lower.Contains(p, StringComparison.Ordinal)),
            AskedFor.Whether => Verdicts.Any(v => lower.Contains(v, StringComparison.Ordinal)),
            _ => true,
        };
    }

    /// <summary>A clause that begins with a verb of doing, words that address the reader's doing, or a numbered line.</summary>
    private static bool Instructs(string text, string lower)
    {
        if (Addressing.Any(a => lower.Contains(a, StringComparison.Ordinal)))
        {
            return true;
        }
        var clauseStart = true;
        foreach (var raw in lower.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim('.', ',', ';', ':', '!', '?', '"', '(', ')', '*', '-');
            if (clauseStart && Doing.Contains(word))
            {
                return true;
            }
            // A numbered step ("1.", "2)") begins a line of instructions.
            if (clauseStart && word.Length > 0 && word.All(char.IsDigit) && raw.Length > word.Length && raw[^1] is '.' or ')')
            {
                return true;
            }
            clauseStart = raw[^1] is '.' or ',' or ';' or ':' or '!' or '?' || word is "and" or "then" or "or" or "so" or "first" or "next";
        }
        return text.Contains('\n', StringComparison.Ordinal) && text.Split('\n').Any(l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Words(string lower) =>
        lower.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', ';', ':', '!', '?', '"', '(', ')', '*'));
}
