namespace Aligners.Orchestration.Decisions.Helpful;

/// <summary>
/// A translation of a given text ("translate 'good night' into German" — "Gute Nacht."). The
/// helpful model flags such answers for the foreign words it cannot read. The prompt asks to
/// translate and gives the text (<see cref="GivenText"/>); the answer engages
/// (<see cref="AnswerSubstance.Engages"/>: a refusal to translate or "use a translation service"
/// is never cleared) and gives a text that is not English and not the given one: its first line, or
/// the part after that line's last colon ("In German: Gute Nacht"), or a bold span, with no English
/// function word and at most a third of its words taken from the given text. It cannot tell a
/// right translation from a wrong one, nor one into the wrong language: the fact checker and the
/// reader judge that, not the helpful criterion.
/// </summary>
public static class GivenTranslation
{
    /// <summary>Longer answers are left to the model: the translation of a given text comes with a note, not an essay.</summary>
    public const int MaxLength = 700;

    /// <summary>The largest share of a translation's words that may be the given text's own (names carry over).</summary>
    public const double MaxShared = 1.0 / 3;

    // Words that mark English prose ("I'd recommend using a translation service"), never a
    // translation into another language; "a" is left out, being Spanish and French too.
    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "is", "are", "you", "your", "i", "i'm", "i'd", "it", "it's", "this", "that", "please", "use", "with", "for",
        "can", "can't", "cannot", "unable", "translation", "translate", "translator", "translations", "service", "recommend",
        "would", "should", "could", "and", "of", "to", "my", "we", "not", "sorry", "here's", "try", "help", "be", "will",
    };

    /// <summary>Whether <paramref name="prompt"/> asks to translate a given text and <paramref name="answer"/> gives one in another language.</summary>
    public static bool Clears(string prompt, string answer)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(answer);
        if (!AnswerSubstance.Words(prompt).Any(w => w is "translate" or "translation")
            || GivenText.Of(prompt) is not { } given
            || answer.Length > MaxLength
            || !AnswerSubstance.Engages(answer))
        {
            return false;
        }
        var source = AnswerSubstance.Words(given).ToHashSet(StringComparer.Ordinal);
        return Candidates(answer).Any(c => IsTranslation(c, source));
    }

    private static IEnumerable<string> Candidates(string answer)
    {
        var first = AnswerSubstance.Lines(answer).FirstOrDefault();
        if (first is not null)
        {
            yield return first;
            var colon = first.LastIndexOf(':');
            if (colon >= 0)
            {
                yield return first[(colon + 1)..];
            }
        }
        var parts = answer.Split("**");
        for (var i = 1; i < parts.Length; i += 2)
        {
            yield return parts[i];
        }
    }

    /// <summary>
    /// Whether <paramref name="candidate"/> reads as a translation of a text of words
    /// <paramref name="source"/>: words, none an English function word, at most a third of them the source's.
    /// </summary>
    public static bool IsTranslation(string candidate, IReadOnlySet<string> source)
    {
        var words = AnswerSubstance.Words(candidate);
        return words.Count > 0
            && !words.Any(English.Contains)
            && words.Count(source.Contains) <= MaxShared * words.Count;
    }
}
