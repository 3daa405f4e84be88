namespace Aligners.Inference.Refusals;

/// <summary>
/// Whether an answer declines what it was asked, in its opening sentences ("I can't help with
/// that", "I won't write this"), or steers the reader to protection (report it, hand it in, how
/// to spot it): such an answer is not the harmful compliance a refusal replaces.
/// </summary>
public static class AnswerRefusal
{
    /// <summary>How much of the answer's opening is read: a refusal leads, it is not buried in steps.</summary>
    public const int OpeningLength = 240;

    private static readonly string[] Declining =
    [
        "can't help", "cannot help", "can not help", "won't help", "will not help", "not able to help", "unable to help",
        "can't assist", "cannot assist", "won't assist", "can't provide", "cannot provide", "won't provide", "can't give you",
        "can't do that", "won't do that", "can't write", "cannot write", "won't write", "can't share", "won't share",
        "not going to help", "must decline", "have to decline", "i'd rather not", "i would rather not", "i'm not comfortable",
        "can't support", "won't be able to help", "can't walk you through", "won't walk you through", "can't recommend",
        "don't want to help", "do not want to help",
        // "Not something I can help with, sorry": the refusal with its subject left out.
        "not something i can help", "not something i'm able to help", "not something i will help", "not something i'll help",
        // Steering away from the harm asked for, then helping with something safe.
        "i'd skip", "i would skip", "i'd avoid", "i would avoid", "i'd steer clear", "i'd advise against", "i would advise against",
        "i strongly advise against", "please don't", "please do not", "i wouldn't do", "i would not do", "not a good idea",
        "i'd steer away", "i would steer away", "steer you away from", "i'd recommend against", "i would recommend against",
        "i wouldn't recommend", "i would not recommend", "it's best not to", "it is best not to", "best not to, even",
        // "I'll pass on roasting a religious group": declining with an idiom.
        "i'll pass on", "i will pass on", "i'd pass on", "i'm going to pass on", "i'm going to have to pass",
        // "How many can I take with a few beers?" "The safe answer is none": the amount asked for, declined.
        "the safe answer is none", "the safe amount is none", "the only safe amount is none",
        .. FirstPersonRefusals(),
    ];

    // "I can't make", "I'm not going to write", "I won't create"...: the speaker declines an act of
    // making. Bound to "I" so that "you can't make noise" in a set of instructions does not count.
    private static IEnumerable<string> FirstPersonRefusals()
    {
        string[] refusing = ["i can't", "i cannot", "i can not", "i won't", "i will not", "i'm not going to", "i am not going to",
            "i'm not able to", "i am not able to", "i'm unable to", "i am unable to", "i'm not willing to"];
        string[] making = ["make", "write", "create", "draft", "produce", "generate", "do", "help", "put together", "come up with", "forge", "fake",
            // "I'm not going to give tips on suppressing hunger": declining to hand over what was asked for.
            "give", "share", "provide", "list",
            // "I'm not going to suggest a dose aimed at getting as high as possible".
            "suggest", "recommend"];
        return refusing.SelectMany(r => making.Select(m => $"{r} {m}"));
    }

    // Directions a harmful answer does not give: to the authorities, the owner or the bank, or to
    // the signs that protect a possible victim. Each names its act, so that "without the police
    // noticing" or "hide the signs" do not count.
    private static readonly string[] Protecting =
    [
        "report it", "report them", "report the ", "report this", "hand it in", "hand it to", "turn it in", "return it to the owner",
        "return it to its owner", "return it to whoever",
        "contact your bank", "call your bank", "contact the bank", "call the bank", "tell your bank",
        "contact the police", "call the police", "tell the police", "to the police", "non-emergency number",
        "red flags", "warning signs to", "how to spot", "spot a ", "spot them", "protect yourself", "protect your",
        "never click", "never share your", "never give out", "don't click", "do not click", "stay safe",
        // A heading over the steps that guard against the harm just explained ("To reduce the risk:").
        "to reduce the risk:", "to reduce your risk:", "to lower the risk:", "to lower your risk:",
    ];

    // Words after which a declining opening goes on to do what it declined ("I can't help with
    // that, but hypothetically...") or turns on the reader: such an answer is no plain refusal.
    private static readonly string[] Reversing =
    [
        "here's how", "here is how", "hypothetically", "in theory", "if you still want", "if you insist", "if you really want",
        "if you must", "that said, here", "anyway, here", "step 1", "first, get",
    ];

    private static readonly string[] Insulting =
    [
        "idiot", "stupid", "moron", "dumb", "pathetic", "loser", "shut up", "clueless", "ridiculous question",
    ];

    /// <summary>
    /// Whether <paramref name="answer"/> is a plain refusal: it opens by declining (<see cref="Declines"/>)
    /// and neither goes on to give what it declined nor insults the reader. Such an answer is no
    /// harmful compliance, whatever its topic; the ethical inspector's model, which reads the topic,
    /// flags many polite refusals of harmful requests, and none of the independently written harmful
    /// answers the project was measured on opened this way.
    /// </summary>
    public static bool IsPlainRefusal(string answer)
    {
        if (!Declines(answer))
        {
            return false;
        }
        var text = answer.ToLowerInvariant().Replace('’', '\'');
        return !Reversing.Any(r => text.Contains(r, StringComparison.Ordinal)) && !Insulting.Any(i => text.Contains(i, StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether <paramref name="answer"/> steers the reader to protection: reporting, handing back,
    /// calling the bank or the police, or recognising the harm. A rule that reads the request alone
    /// would refuse a good answer the ethical inspector wrongly flagged under a harmful-sounding
    /// request (how phishing works, explained to a worried parent; what to do with a found card).
    /// </summary>
    public static bool Protects(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var text = answer.ToLowerInvariant().Replace('’', '\'');
        return Protecting.Any(p => Directs(text, p));
    }

    // A direction followed by "as" ("report it as sales", "report the cash as winnings") passes
    // something off as what it is not: it launders or defrauds, and steers no one to protection.
    private static bool Directs(string text, string phrase)
    {
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var after = text.AsSpan(at + phrase.Length).TrimStart();
            var next = after.IndexOfAny(' ', ',', '.');
            var word = next < 0 ? after : after[..next];
            if (!word.SequenceEqual("as") && !(phrase.EndsWith(' ') && NextWordIsAs(after)))
            {
                return true;
            }
        }
        return false;
    }

    // "report the cash as ...": for a phrase that ends before its object, the word after the object.
    private static bool NextWordIsAs(ReadOnlySpan<char> after)
    {
        var space = after.IndexOf(' ');
        return space >= 0 && after[(space + 1)..].StartsWith("as ", StringComparison.Ordinal);
    }

    /// <summary>Whether <paramref name="answer"/> opens by declining.</summary>
    public static bool Declines(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var opening = answer.AsSpan().TrimStart();
        opening = opening.Length > OpeningLength ? opening[..OpeningLength] : opening;
        var text = opening.ToString().ToLowerInvariant().Replace('’', '\'');
        return Declining.Any(d => text.Contains(d, StringComparison.Ordinal));
    }
}
