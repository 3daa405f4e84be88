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
    // A question lifted from a clause needs more words: "what you should do" names no request.
    private const int MinClauseWords = 5;

    /// <summary>The action the prompt asks for, as a bare verb phrase in the second person, or null.</summary>
    /// <remarks>
    /// A request may sit in a clause after a comma ("need a sick note for friday, can you make one
    /// look legit") and point back with "it" or "one" to a thing named before ("Neighbour's wifi is
    /// locked. any way to get on it?"); the thing is put in the pronoun's place, so that the refusal
    /// names what was asked, not "get on it". Where no clause asks in one of the request shapes, a
    /// stated need of a thing ("I need a fake ID to get into bars") is the request to get it.
    /// </remarks>
    public static string? Action(string prompt)
    {
        prompt = CasualSpelling.WrittenOut(prompt);
        var clauses = Sentences(prompt).SelectMany(Clauses).ToList();
        var inOrder = SentenceEnd().Split(prompt.Trim()).SelectMany(Clauses).ToList();
        foreach (var clause in clauses)
        {
            if (ActionOf(clause) is { } action && Resolved(action, clause, inOrder) is { } resolved
                && WordCount(resolved) is >= MinWords and <= MaxWords)
            {
                return resolved;
            }
        }
        // "me and my friends are 16 and want to drink at a party": the wish follows who is asking.
        foreach (var clause in clauses)
        {
            if (EmbeddedWish.Of(Body(clause)) is { } wish && SecondPerson(Softener().Replace(wish, "")) is var restated
                && WordCount(restated) is >= MinWords and <= MaxWords)
            {
                return restated;
            }
        }
        // "I've got a bad back but I want my GP to prescribe more than I need": the wish is that someone else acts.
        foreach (var clause in clauses)
        {
            if (WishedAgent.Of(Body(clause)) is { } agent && SecondPerson(JoinedQuestion.Before(agent)) is var restated
                && WordCount(restated) is >= MinWords and <= MaxWords)
            {
                return restated;
            }
        }
        foreach (var clause in clauses)
        {
            if (NeedOf(clause) is { } need && WordCount(need) is >= MinWords and <= MaxWords)
            {
                return need;
            }
        }
        return null;
    }

    /// <summary>"get" and the thing a clause says the asker needs or wants ("I need a fake ID to get into bars"), or null.</summary>
    private static string? NeedOf(string clause)
    {
        var m = StatedNeed().Match(Body(clause));
        return m.Success ? SecondPerson($"get {m.Groups["thing"].Value.Trim()}") : null;
    }

    /// <summary>
    /// <paramref name="action"/> with its object pronoun ("it", "one") replaced by the thing another
    /// clause of the prompt names; the action as it is when it has no such pronoun, and also when no
    /// other clause names a thing (a restatement with a bare pronoun names no request, so the gate
    /// will judge it against the prompt).
    /// </summary>
    private static string? Resolved(string action, string clause, IReadOnlyList<string> inOrder)
    {
        var pronoun = ObjectPronoun().Match(action);
        if (!pronoun.Success)
        {
            return action;
        }
        // "them" stands only for a thing named in the plural ("cops are behind me ... how do I lose them").
        var plural = pronoun.Groups["word"].Value.Equals("them", StringComparison.OrdinalIgnoreCase);
        foreach (var other in inOrder)
        {
            if (other == clause || ThingOf(other) is not { } thing || plural && !thing.Noun.EndsWith('s'))
            {
                continue;
            }
            // "I have a lot of cash ...": a pronoun or a quantity put for "it" garbles the request; "it" names it less, but right.
            if (!PronounReferent.Safe(thing.Noun))
            {
                return action;
            }
            var (determiner, noun) = thing;
            var named = pronoun.Groups["word"].Value.Equals("one", StringComparison.OrdinalIgnoreCase)
                ? $"{(StartsWithVowel(noun) ? "an" : "a")} {noun}"
                : determiner is "a" or "an" or "some" or "" ? (noun.Contains('\'') || noun.Contains('’') ? $"your {noun}" : $"the {noun}")
                : $"{SecondPerson(determiner)} {noun}";
            return action[..pronoun.Groups["word"].Index] + named + action[(pronoun.Groups["word"].Index + pronoun.Groups["word"].Length)..];
        }
        return action;
    }

    /// <summary>The determiner and the noun phrase a clause names as needed, had or talked about, cut before any prepositional phrase, or null.</summary>
    private static (string Determiner, string Noun)? ThingOf(string clause)
    {
        var body = Body(clause);
        var m = HeldThing().Match(body);
        if (!m.Success)
        {
            m = SubjectThing().Match(body);
        }
        if (!m.Success)
        {
            return null;
        }
        var noun = NounEnd().Split(m.Groups["noun"].Value.Trim())[0].Trim();
        if (noun.Length == 0)
        {
            return null;
        }
        // "Neighbour's wifi" opens a sentence; "ID" stays as written.
        var first = noun.Split(' ')[0];
        noun = first.Length > 1 && first.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? noun : char.ToLowerInvariant(noun[0]) + noun[1..];
        return (m.Groups["det"].Value.ToLowerInvariant(), noun);
    }

    private static bool StartsWithVowel(string word) => "aeiou".Contains(char.ToLowerInvariant(word[0]));

    /// <summary>A sentence's clauses: the text between commas, semicolons and dashes.</summary>
    private static IEnumerable<string> Clauses(string sentence) =>
        ClauseBreak().Split(sentence.Trim()).Select(c => c.Trim()).Where(c => c.Length > 0);

    /// <summary>The prompt's question as an indirect question in the second person ("what you should do with the cards"), or null.</summary>
    public static string? Question(string prompt)
    {
        prompt = CasualSpelling.WrittenOut(prompt);
        // A sentence whole first, then its clauses ("my neighbour's dog barks all night, what can I feed it"); a
        // casual question without its question mark counts too.
        var sentences = Sentences(prompt).ToList();
        var questions = sentences.Where(UnmarkedQuestion.Asks).Concat(sentences.SelectMany(Clauses).Where(UnmarkedQuestion.Asks));
        foreach (var sentence in questions)
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
            // A question in a clause after a condition or some context ("if the police pull me over, what should
            // I do") leans on that clause for its request; alone it names one only with an object of its own.
            var least = sentences.Contains(sentence) ? MinWords : MinClauseWords;
            if (WordCount(restated) >= least && WordCount(restated) <= MaxWords)
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
        else if (ThingForAction.Of(body) is { } use)
        {
            // "what's a good knife to sneak into a festival" asks to sneak a knife into a festival.
            rest = use;
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
        rest = SecondPerson(JoinedQuestion.Before(rest));
        return rest.Length > 0 ? char.ToLowerInvariant(rest[0]) + rest[1..] : rest;
    }

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

    /// <summary>"How do I X", "What's the best way to X", "Best way to X", "Is there a way to X", "Any way I can X", "Any tricks to X".</summary>
    [GeneratedRegex(@"^(?:how|(?:what's|what is|whats) (?:the|a|an|one) (?:\w+ )?(?:way|method|trick|tip)|(?:the )?(?:best|easiest|quickest|fastest|simplest|safest|surest|cheapest) (?:ways?|methods?|tricks?|tips?)|is there (?:a|any) (?:\w+ )?(?:way|trick)|(?:any|some) (?:\w+ )?(?:ways?|tricks?|tips?|hacks?))\s+(?:(?:do|can|could|would|should|might|will|shall|must) (?:i|we)\s+|(?:i|we) (?:can|could)\s+|to\s+)(?<rest>.+)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
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

    /// <summary>"I need a fake ID ...", "need some pills ...", "I want a gun ...".</summary>
    [GeneratedRegex(@"^(?:i\s+)?(?:really\s+)?(?:need|want)\s+(?<thing>(?:a|an|some)\s+.+)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatedNeed();

    /// <summary>"it", "one" or "them" as the object of the action's verb ("get on it", "make one look real", "lose them"), not after "do".</summary>
    [GeneratedRegex(@"^(?!do\b)\w+(?:\s+(?:on|into|in|onto|through|past|around|off|up|out|to))?\s+(?<word>it|one|them)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ObjectPronoun();

    /// <summary>"(I) need/want/have/got/found/bought a|the|my X".</summary>
    [GeneratedRegex(@"^(?:i\s+|we\s+)?(?:really\s+)?(?:need|want|have|got|found|bought|own|lost)\s+(?<det>a|an|the|my|our|some|this)\s+(?<noun>.+)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeldThing();

    /// <summary>"(My|The) X is/are/has/keeps ...": the clause's subject, of one or two words after its determiner.</summary>
    [GeneratedRegex(@"^(?:(?<det>my|our|the|this|his|her|their)\s+)?(?<noun>[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:is|are|was|were|has|have|keeps|won't|doesn't|isn't|needs)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectThing();

    /// <summary>Where a noun phrase's own words end: a preposition or a relative word.</summary>
    [GeneratedRegex(@"\s+(?:for|to|from|on|in|at|with|about|so|that|which|who|because|but|and)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NounEnd();

    [GeneratedRegex(@"\s*(?:,\s+|;\s*|\s[-–—]\s)\s*")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^(?:(?:just|please|quickly|simply|easily)\s+)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Softener();

    [GeneratedRegex(@"^(\w+) me\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IndirectMe();
}
