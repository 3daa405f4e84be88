using Aligners.Inference.Refusals;

namespace Aligners.Orchestration.Decisions.Helpful;

/// <summary>
/// A translation asked for and not given ("how do I say 'where is the train station' in German" —
/// a paragraph on German railways): the prompt asks to translate a text it gives
/// (<see cref="GivenText"/>), or how to say it; the answer does not decline (a refusal is read by
/// <see cref="HarmlessRefusal"/> and <see cref="Deflection"/>) and no part of it reads as a
/// translation, as <see cref="GivenTranslation"/> reads one: no line, part after a colon, sentence,
/// bold or quoted span free of English function words and mostly not the given text. A right
/// translation always holds such a part; one given only inside an English sentence with no quotes
/// or bold ("you say wo ist der bahnhof") would be flagged wrongly.
/// </summary>
public static class MissingTranslation
{
    private static readonly string[] Asking =
    [
        "how do i say", "how do you say", "how would i say", "how would you say", "how to say", "how can i say",
        "what's the word for", "what is the word for",
    ];

    /// <summary>Whether <paramref name="prompt"/> asks for a translation and <paramref name="answer"/> gives none.</summary>
    public static bool Flags(string prompt, string answer)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(answer);
        var asks = AnswerSubstance.Words(prompt).Any(w => w is "translate" or "translation")
            || AnswerSentences.HasAny(AnswerSentences.Normalize(prompt), Asking);
        if (!asks || GivenText.Of(prompt) is not { } given || AnswerRefusal.Declines(answer)
            || HarmlessRefusal.OpensRefusing(answer))
        {
            return false;
        }
        var source = AnswerSubstance.Words(given).ToHashSet(StringComparer.Ordinal);
        return !Parts(answer).Any(p => GivenTranslation.IsTranslation(p, source));
    }

    // Everywhere a translation may stand: each line, its part after a colon, each sentence, and
    // the spans between bold marks or quotes.
    private static IEnumerable<string> Parts(string answer)
    {
        foreach (var line in AnswerSubstance.Lines(answer))
        {
            yield return line;
            var colon = line.LastIndexOf(':');
            if (colon >= 0)
            {
                yield return line[(colon + 1)..];
            }
            foreach (var sentence in AnswerSentences.Split(line))
            {
                yield return sentence;
            }
        }
        var plain = answer.Replace('“', '"').Replace('”', '"').Replace('«', '"').Replace('»', '"');
        foreach (var mark in new[] { "**", "\"" })
        {
            var spans = plain.Split(mark);
            for (var i = 1; i < spans.Length; i += 2)
            {
                yield return spans[i];
            }
        }
    }
}
