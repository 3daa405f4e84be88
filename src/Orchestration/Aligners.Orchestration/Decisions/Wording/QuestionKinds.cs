namespace Aligners.Orchestration.Decisions.Wording;

/// <summary>What a prompt asks for, where plain words say it and a definition would not answer it.</summary>
public enum AskedFor
{
    /// <summary>Anything else, a definition ("what is ...") or an explanation among them: no answer type is asked of it.</summary>
    Open,

    /// <summary>How to do something: steps or instructions.</summary>
    HowTo,

    /// <summary>How long, many, much, often, far or old: an amount.</summary>
    Amount,

    /// <summary>Which one: a choice among things.</summary>
    Choice,

    /// <summary>Whether, or a yes-or-no question: a verdict.</summary>
    Whether,
}

/// <summary>
/// Reads what a prompt asks for from its question words, in plain code. A prompt that asks what
/// something is or means, or asks to explain or describe it, is <see cref="AskedFor.Open"/> even where
/// it asks more ("what is 2FA and how do I set it up"): a definition answers part of it. Pure.
/// </summary>
public static class QuestionKinds
{
    private static readonly string[] AsksWhatItIs =
    [
        "what is", "what's", "whats ", "what are", "what was", "what were", "what does", "what do ", "define", "definition", "meaning",
        "explain", "describe", "tell me about", "difference between", "who is", "who was",
    ];

    // "What's the best way to ..." asks how, whatever its first words.
    private static readonly string[] AsksHow =
    [
        "how do i", "how do you", "how can i", "how can you", "how should i", "how to ", "how would i", "how do we", "how can we",
        "how should we", "how does one", "way to ", "ways to ", "steps to", "steps for", "walk me through", "step by step",
    ];

    private static readonly string[] AsksAmount =
    [
        "how long", "how many", "how much", "how often", "how far", "how old", "how big", "how soon", "how early", "how late",
        "how hot", "how cold", "how high", "how low", "how fast",
    ];

    private static readonly string[] YesNoOpenings = ["is ", "are ", "can ", "could ", "should ", "do ", "does ", "will ", "would ", "am ", "did ", "was ", "were "];

    /// <summary>What <paramref name="prompt"/> asks for.</summary>
    public static AskedFor Of(string prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var text = " " + prompt.ToLowerInvariant().Replace('\u2019', '\'') + " ";
        var asksHow = AsksHow.Any(h => text.Contains(h, StringComparison.Ordinal));
        if (AsksWhatItIs.Any(w => text.Contains(w, StringComparison.Ordinal)) && !asksHow)
        {
            return AskedFor.Open;
        }
        if (AsksAmount.Any(a => text.Contains(a, StringComparison.Ordinal)))
        {
            return AskedFor.Amount;
        }
        if (asksHow)
        {
            return AskedFor.HowTo;
        }
        if (text.Contains(" which ", StringComparison.Ordinal))
        {
            return AskedFor.Choice;
        }
        return text.Contains(" whether ", StringComparison.Ordinal) || Questions(text).Any(q => YesNoOpenings.Any(o => q.StartsWith(o, StringComparison.Ordinal)))
            ? AskedFor.Whether
            : AskedFor.Open;
    }

    /// <summary>The sentences of <paramref name="text"/> that end in a question mark, trimmed.</summary>
    private static IEnumerable<string> Questions(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '\n')
            {
                start = i + 1;
            }
            else if (text[i] == '?')
            {
                yield return text[start..i].Trim() + " ";
                start = i + 1;
            }
        }
    }
}
