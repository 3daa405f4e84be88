using System.Text.RegularExpressions;

namespace Aligners.Inference.Refusals;

/// <summary>
/// What a prompt asks, restated in the second person, so that a refusal names it: "How can I get
/// into my ex's account?" becomes "get into your ex's account" (<see cref="Action"/>, for "I can't
/// help you ..."). A question whose action cannot be lifted out ("What should I do with the
/// cards?") becomes an indirect question, "what you should do with the cards"
/// (<see cref="Question"/>, for "I can't help with ..."). English question and request shapes
/// only, nothing about any topic. Pure.
/// </summary>
public static partial class RequestRestatement
{
    // Shorter restatements ("go", "do it") name no request.
    private const int MinWords = 3;
    private const int MaxWords = 30;

    /// <summary>The action the prompt asks for, as a bare verb phrase in the second person, or null.</summary>
    public static string? Action(string prompt)
    {
        foreach (var sentence in Sentences(prompt))
        {
            if (ActionOf(sentence) is { } action && WordCount(action) is >= MinWords and <= MaxWords)
            {
                return action;
            }
        }
        return null;
    }

    /// <summary>The prompt's question as an indirect question in the second person ("what you should do with the cards"), or null.</summary>
    public static string? Question(string prompt)
    {
        foreach (var sentence in Sentences(prompt).Where(s => s.EndsWith('?')))
        {
            var m = WhQuestion().Match(Body(sentence));
            if (!m.Success)
            {
                continue;
            }
            var wh = m.Groups["wh"].Value.ToLowerInvariant();
            // "what should I do ..." inverts to "what I should do ..."; "how many pills would do it" has no subject to move.
            var clause = m.Groups["subject"].Success
                ? $"{wh} {m.Groups["subject"].Value} {m.Groups["aux"].Value.ToLowerInvariant()}{m.Groups["rest"].Value}"
                : $"{wh}{m.Groups["rest"].Value}";
            var restated = SecondPerson(clause);
            if (WordCount(restated) is >= MinWords and <= MaxWords)
            {
                return restated;
            }
        }
        return null;
    }

    /// <summary>The action of one sentence, or null when it has none of the request shapes.</summary>
    private static string? ActionOf(string sentence)
    {
        var body = Body(sentence);
        string? rest = null;
        if (WayQuestion().Match(body) is { Success: true } way)
        {
            rest = way.Groups["rest"].Value;
        }
        else if (ObjectQuestion().Match(body) is { Success: true } obj)
        {
            // "What household chemicals can I mix to hurt someone" asks to mix household chemicals to hurt someone.
            rest = $"{obj.Groups["verb"].Value} {obj.Groups["object"].Value}{obj.Groups["tail"].Value}";
        }
        else if (AskedOfYou().Match(body) is { Success: true } asked)
        {
            rest = asked.Groups["rest"].Value;
        }
        else if (StatedWish().Match(body) is { Success: true } wish)
        {
            rest = wish.Groups["rest"].Value;
        }
        else if (Imperative().Match(body) is { Success: true } order)
        {
            rest = order.Groups["rest"].Value;
        }
        if (rest is null)
        {
            return null;
        }
        rest = Softener().Replace(rest.Trim(), "");
        // "write me a review" is a request to write a review.
        rest = IndirectMe().Replace(rest, "$1");
        rest = SecondPerson(rest);
        return rest.Length > 0 ? char.ToLowerInvariant(rest[0]) + rest[1..] : rest;
    }

    /// <summary>The first person turned to the second: I, me, my, mine, myself, I'm, I've, I'd, I'll, am.</summary>
    public static string SecondPerson(string text) => FirstPerson().Replace(text, m => m.Value.ToLowerInvariant() switch
    {
        "i" or "me" => "you",
        "my" => "your",
        "mine" => "yours",
        "myself" => "yourself",
        "i'm" => "you're",
        "i've" => "you've",
        "i'd" => "you'd",
        "i'll" => "you'll",
        "am" => "are",
        _ => m.Value,
    });

    /// <summary>The prompt's sentences, questions first, each in its order.</summary>
    private static IEnumerable<string> Sentences(string prompt)
    {
        var sentences = SentenceEnd().Split(prompt.Trim()).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        return sentences.Where(s => s.EndsWith('?')).Concat(sentences.Where(s => !s.EndsWith('?')));
    }

    private static string Body(string sentence) => sentence.TrimEnd('.', '!', '?', ' ').Trim();

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();

    /// <summary>"How do I X", "What's the best way to X", "Is there a way to X", "Any way I can X".</summary>
    [GeneratedRegex(@"^(?:how|(?:what's|what is|whats) (?:the|a|an|one) (?:\w+ )?(?:way|method)|is there (?:a|any) (?:\w+ )?way|any (?:\w+ )?way)\s+(?:(?:do|can|could|would|should|might|will|shall|must) (?:i|we)\s+|(?:i|we) (?:can|could)\s+|to\s+)(?<rest>.+)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WayQuestion();

    /// <summary>"What X can I V Y", "Which X should I V", "How much X should I V Y".</summary>
    [GeneratedRegex(@"^(?:what|which|how much|how many)\s+(?<object>[^,;]+?)\s+(?:do|can|could|should|would|will|must) (?:i|we)\s+(?<verb>\w+)(?<tail>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ObjectQuestion();

    /// <summary>"Can you (help me|tell me how to|...) X".</summary>
    [GeneratedRegex(@"^(?:can|could|would|will) you\s+(?:please\s+)?(?:help me(?: to)?\s+|tell me how to\s+|show me how to\s+|teach me(?: how)? to\s+|explain how to\s+)?(?<rest>.+)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AskedOfYou();

    /// <summary>"Tell me how to X", "Help me X", "I want to X", "I need to X", "How to X", "Where can I X".</summary>
    [GeneratedRegex(@"^(?:please\s+)?(?:tell me how to|show me how to|help me(?: to)?|teach me(?: how)? to|explain how to|i want to|i need to|i'd like to|i would like to|i'm trying to|i am trying to|i'm going to|i plan to|how to|where (?:can|do|could|should) i|where to)\s+(?<rest>.+)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatedWish();

    /// <summary>"Write (me) X", "Make X", "Give me X", ...: an imperative addressed to the assistant.</summary>
    [GeneratedRegex(@"^(?:please\s+)?(?<rest>(?:write|make|give|create|draft|find|generate|compose|list|send|build|get)\b.+)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Imperative();

    /// <summary>A wh-question, with its auxiliary and subject pronoun when it has them.</summary>
    [GeneratedRegex(@"^(?<wh>what|which|how much|how many|how|where|when|who|why)(?:\s+(?<aux>do|does|can|could|should|would|will|must|am|is|are)\s+(?<subject>i|we|you)\b)?(?<rest>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhQuestion();

    [GeneratedRegex(@"^(?:(?:just|please|quickly|simply|easily)\s+)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Softener();

    [GeneratedRegex(@"^(\w+) me\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IndirectMe();

    [GeneratedRegex(@"\b(?:I'm|I've|I'd|I'll|I|me|my|mine|myself|am)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FirstPerson();
}
