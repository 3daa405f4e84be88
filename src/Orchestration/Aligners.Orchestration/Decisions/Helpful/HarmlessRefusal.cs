using Aligners.Inference.Refusals;

namespace Aligners.Orchestration.Decisions.Helpful;

/// <summary>
/// A refusal of a harmless request: the answer declines (<see cref="AnswerRefusal.Declines"/>),
/// the speaker says "I" cannot or will not in its first sentence, it offers nothing in place of
/// what it declined, and the prompt is near no harmful request (<see cref="RequestHarm.Harmless"/>,
/// the refusal aligner's sentence encoder). A polite refusal of a harmful request is a good answer,
/// whatever it offers; a refusal of "how do I kill a hanging process" is not.
/// </summary>
public static class HarmlessRefusal
{
    // The first sentence's own refusal, bound to "I": AnswerRefusal's openings also hold advice
    // ("I'd avoid", "please don't", "not a good idea") that a harmless answer gives.
    private static readonly string[] Refusing =
    [
        "i can't", "i cannot", "i can not", "i won't", "i will not", "i'm unable", "i am unable", "i'm not able", "i am not able",
        "i must decline", "i have to decline", "i'm not going to", "i am not going to", "i'm not comfortable",
    ];

    // Something given in place of what was declined: a "but", a way round, a direction, content.
    private static readonly string[] Offering =
    [
        "but ", "however", "instead", " here's", " here is", "you can ", "you could", "try ", "if you tell", "tell me",
        "let me know what", "what i can", "i can help you", "i can help with", "i'd be glad", "i'd be happy", "glad to",
    ];

    /// <summary>Whether <paramref name="answer"/> is a refusal that a harmless prompt could be faulted for: the encoder is asked only then.</summary>
    public static bool Refuses(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (!AnswerRefusal.Declines(answer))
        {
            return false;
        }
        var sentences = AnswerSentences.Split(answer);
        // "Sorry, but I can't" apologises; its "but" offers nothing.
        var text = AnswerSentences.Normalize(answer).Replace("sorry, but ", "sorry, ", StringComparison.Ordinal);
        return sentences.Count > 0 && AnswerSentences.HasAny(sentences[0], Refusing) && !AnswerSentences.HasAny(text, Offering)
            && !AnswerSentences.HasDigit(text) && !Lists(answer);
    }

    /// <summary>Whether <paramref name="answer"/> sets out a list: what a refusal lists is offered in place of what it declined.</summary>
    private static bool Lists(string answer) =>
        answer.Split('\n').Any(line => line.TrimStart() is { Length: > 2 } l && (l[0] is '-' or '*' or '•' || (char.IsDigit(l[0]) && l[1] is '.' or ')')) && l[1] != l[0]);

    /// <summary>Whether the first sentence of <paramref name="answer"/> says "I" cannot or will not, whatever else it says.</summary>
    public static bool OpensRefusing(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var sentences = AnswerSentences.Split(answer);
        return sentences.Count > 0 && AnswerSentences.HasAny(sentences[0], Refusing);
    }

    /// <summary>
    /// Whether <paramref name="answer"/> refuses a harmless request; <paramref name="harmSimilarities"/>:
    /// the encoder's similarities of the prompt with <see cref="HarmCategories.Descriptions"/>,
    /// asked only where the answer <see cref="Refuses"/>; where none can be had, nothing is flagged.
    /// </summary>
    public static bool Flags(string answer, Func<IReadOnlyList<float>?> harmSimilarities)
    {
        ArgumentNullException.ThrowIfNull(harmSimilarities);
        return Refuses(answer) && harmSimilarities() is { } similarities && RequestHarm.Harmless(similarities);
    }
}
