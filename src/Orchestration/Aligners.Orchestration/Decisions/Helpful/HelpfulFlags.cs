using Aligners.Inference.Refusals;

namespace Aligners.Orchestration.Decisions.Helpful;

/// <summary>
/// The helpful flag rules in the order they are asked, cheapest first. The sentence encoder is
/// asked only for an answer that declines (<see cref="AnswerRefusal.Declines"/>) and that
/// <see cref="HarmlessRefusal"/> or <see cref="Deflection"/> would flag: a refusal, or a refusal
/// that sends the reader elsewhere ("contact the police"), is a good answer to a harmful request
/// and a fault only under a harmless one (<see cref="RequestHarm.Harmless"/>). Each rule names the
/// fault it finds.
/// </summary>
public static class HelpfulFlags
{
    /// <summary>The name of <see cref="BareDepends"/>'s fault.</summary>
    public const string Depends = "it-depends";

    /// <summary>The name of <see cref="Deflection"/>'s fault.</summary>
    public const string Deflects = "deflection";

    /// <summary>The name of <see cref="HarmlessRefusal"/>'s fault.</summary>
    public const string RefusesHarmless = "harmless-refused";

    /// <summary>Whether <see cref="Find"/> reads the prompt's similarities to harmful requests for <paramref name="answer"/>.</summary>
    public static bool WeighsHarm(string answer) =>
        HarmlessRefusal.Refuses(answer) || (Deflection.Flags(answer) && AnswerRefusal.Declines(answer));

    /// <summary>
    /// The fault a rule finds in <paramref name="answer"/>, or null. <paramref name="harmSimilarities"/>:
    /// the encoder's similarities of the prompt with <see cref="HarmCategories.Descriptions"/>, or
    /// null where none can be had (then no declining answer is flagged); asked only where
    /// <see cref="WeighsHarm"/>.
    /// </summary>
    public static string? Find(string answer, Func<IReadOnlyList<float>?> harmSimilarities)
    {
        ArgumentNullException.ThrowIfNull(harmSimilarities);
        if (BareDepends.Flags(answer))
        {
            return Depends;
        }
        if (!WeighsHarm(answer))
        {
            return Deflection.Flags(answer) ? Deflects : null;
        }
        if (harmSimilarities() is not { } similarities || !RequestHarm.Harmless(similarities))
        {
            return null;
        }
        return Deflection.Flags(answer) ? Deflects : RefusesHarmless;
    }
}
