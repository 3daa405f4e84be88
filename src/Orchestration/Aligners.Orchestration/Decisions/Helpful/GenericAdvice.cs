using Aligners.Inference.Refusals;

namespace Aligners.Orchestration.Decisions.Helpful;

/// <summary>
/// A vague answer: generalities that would fit any question of its kind ("pack the essentials and
/// be prepared", "make sure it looks good", "check your settings and try again") and no step,
/// number, name or recommendation of the asked subject. The answer is short (at most
/// <see cref="MaxSentences"/> sentences and <see cref="MaxWords"/> words), holds no digit, code,
/// quote, colon, list or question, names nothing the prompt does not (a capitalised word past a
/// sentence's start: a product, a place, a tool), does not decline, and every sentence is either
/// generic advice (a phrase of <see cref="Generic"/>) or empty (<see cref="Vagueness.IsEmpty"/>),
/// one at least generic. "Ottawa." or "Use git." are empty sentences alone and stay to the model.
/// </summary>
public static class GenericAdvice
{
    /// <summary>The most sentences a vague answer has here: a longer one says more than generalities, or is left to the model.</summary>
    public const int MaxSentences = 4;

    /// <summary>The most words a vague answer has here.</summary>
    public const int MaxWords = 60;

    // Phrases of advice that name no thing of the subject: they say to do well, be ready, keep on,
    // or that something is wrong, without saying what. Each holds in any answer of its kind.
    private static readonly string[] Generic =
    [
        "make sure", "appropriately", "accordingly", "the essentials", "what you need", "what you'll need", "what it needs",
        "things you'll need", "things that matter", "important stuff", "important things", "suitable", "be prepared", "prepared for",
        "stay consistent", "stay motivated", "stay focused", "keep at it", "keep playing", "keep practicing", "keep practising",
        "practice a lot", "practise a lot", "practice makes perfect", "over time", "you'll get there", "make it better",
        "stand out", "looks good", "look good", "make a difference", "make a big difference", "your strengths",
        "present you well", "presents you well", "something is wrong", "something's wrong", "not set up right",
        "configured correctly", "set up correctly", "set up properly", "check your setup", "check your settings", "try again",
        "various things", "some adjustments", "small changes", "the usual", "good luck", "have a great", "a formula involving",
        "plug in the numbers", "the right way", "study regularly", "build up", "you'll improve", "sort out", "related to",
        "make it relevant", "more professional", "strong and professional",
    ];

    /// <summary>Whether <paramref name="answer"/> to <paramref name="prompt"/> is generalities alone.</summary>
    public static bool Flags(string prompt, string answer)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(answer);
        if (AnswerSentences.HasDigit(answer) || answer.AsSpan().IndexOfAny("?:`\"(*") >= 0 || answer.Contains("\n-", StringComparison.Ordinal)
            || AnswerSentences.Words(answer) > MaxWords || AnswerRefusal.Declines(answer) || HarmlessRefusal.OpensRefusing(answer))
        {
            return false;
        }
        var sentences = AnswerSentences.Split(answer);
        return sentences.Count is > 0 and <= MaxSentences
            && !NamesAnew(prompt, answer)
            && sentences.All(s => IsGeneric(s) || Vagueness.IsEmpty(s))
            && sentences.Any(IsGeneric);
    }

    /// <summary>Whether <paramref name="sentence"/> (normalized) holds a phrase of generic advice.</summary>
    public static bool IsGeneric(string sentence) => AnswerSentences.HasAny(sentence, Generic);

    // A capitalised word that does not open a sentence names something (a product, a place, a
    // person): content, unless the prompt named it already ("Iceland can be varied").
    private static bool NamesAnew(string prompt, string answer)
    {
        var asked = AnswerSubstance.Words(prompt).ToHashSet(StringComparer.Ordinal);
        var opening = true;
        foreach (var token in answer.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            // Letters up to an apostrophe: "SQL's" names "sql", "I'm" is the speaker.
            var word = new string([.. token.TakeWhile(char.IsLetter)]);
            if (!opening && word.Length > 0 && char.IsUpper(word[0]) && word != "I" && !asked.Contains(word.ToLowerInvariant()))
            {
                return true;
            }
            opening = token[^1] is '.' or '!' or '?';
        }
        return false;
    }
}
