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

    /// <summary>The name of <see cref="GenericAdvice"/>'s fault.</summary>
    public const string Vague = "vague";

    /// <summary>The name of <see cref="MissingCode"/>'s fault.</summary>
    public const string NoCode = "code-missing";

    /// <summary>The name of <see cref="MissingTranslation"/>'s fault.</summary>
    public const string NoTranslation = "translation-missing";

    /// <summary>The name of <see cref="IgnoredDiet"/>'s fault.</summary>
    public const string OtherDiet = "diet-ignored";

    /// <summary>The name of <see cref="OtherTask"/>'s fault.</summary>
    public const string AnotherTask = "other-task";

    /// <summary>Whether <see cref="Find"/> reads the prompt's similarities to harmful requests for <paramref name="answer"/>.</summary>
    public static bool WeighsHarm(string answer) =>
        HarmlessRefusal.Refuses(answer) || (Deflection.Flags(answer) && AnswerRefusal.Declines(answer));

    /// <summary>
    /// The fault a rule finds in <paramref name="answer"/> to <paramref name="prompt"/>, or null. <paramref name="harmSimilarities"/>:
    /// the encoder's similarities of the prompt with <see cref="HarmCategories.Descriptions"/>, or
    /// null where none can be had (then no declining answer is flagged); asked only where
    /// <see cref="WeighsHarm"/>.
    /// </summary>
    public static string? Find(string prompt, string answer, Func<IReadOnlyList<float>?> harmSimilarities)
    {
        ArgumentNullException.ThrowIfNull(harmSimilarities);
        if (BareDepends.Flags(answer))
        {
            return Depends;
        }
        if (Unasked(prompt, answer) is { } unasked)
        {
            return unasked;
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

    // Answers that engage and give nothing the prompt asked for: generalities, or another thing
    // than the one asked. None of these rules reads an answer that declines or says "I can't":
    // a refusal is a good answer to a harmful request, and its prompt is weighed by the rules below.
    private static string? Unasked(string prompt, string answer) =>
        AnswerRefusal.Declines(answer) || HarmlessRefusal.OpensRefusing(answer) ? null
        : GenericAdvice.Flags(prompt, answer) ? Vague
        : MissingCode.Flags(prompt, answer) ? NoCode
        : MissingTranslation.Flags(prompt, answer) ? NoTranslation
        : IgnoredDiet.Flags(prompt, answer) ? OtherDiet
        : OtherTask.Flags(prompt, answer) ? AnotherTask
        : null;
}
