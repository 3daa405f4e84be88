namespace Aligners.Orchestration.Decisions.Helpful;

/// <summary>
/// A correction of the user that states what is right and why ("Goldfish remember for only three
/// seconds, right?" — "That's a myth: studies show they remember for months ..."). The helpful model
/// reads the disagreement as not answering. The prompt is a question about a claim (a tag such as
/// "right" or "yeah", or a yes-or-no or why-question: "is", "did", "why are", never "can you"); the answer opens by saying the claim is wrong ("that's a
/// myth", "a stereotype", "not quite", "no") and goes on to say something: at least
/// <see cref="MinSaying"/> sentences that are not empty and send nowhere
/// (<see cref="AnswerSubstance.Saying"/>), and it engages (<see cref="AnswerSubstance.Engages"/>).
/// "No." alone, or "Not really, it's complicated", stays to the model. It cannot tell a right
/// correction from a wrong one (the fact checker reads that), nor a correction of a premise the
/// prompt did not hold.
/// </summary>
public static class ReasonedCorrection
{
    /// <summary>How far into the answer its correction must stand: it opens with it.</summary>
    public const int OpeningLength = 90;

    /// <summary>The fewest sentences with content: the right fact, and why.</summary>
    public const int MinSaying = 2;

    // The prompt asks to have a claim confirmed.
    private static readonly HashSet<string> Tags = new(StringComparer.Ordinal)
    {
        "right", "true", "correct", "yeah", "innit", "isnt", "isn't", "didnt", "didn't", "wasnt", "wasn't", "arent", "aren't",
        "doesnt", "doesn't", "dont", "don't",
    };

    // A question about a claim opens with one of these ("is it true that", "why are cats so ...");
    // "can you" and "will you" open requests, which hold no claim to correct.
    private static readonly HashSet<string> QuestionOpenings = new(StringComparer.Ordinal)
    {
        "is", "isnt", "isn't", "are", "arent", "aren't", "was", "wasnt", "wasn't", "did", "didnt", "didn't", "does", "doesnt",
        "doesn't", "why",
    };

    // The answer says the claim is wrong.
    private static readonly string[] Correcting =
    [
        "myth", "misconception", "stereotype", "premise", "doesn't hold up", "doesn't really hold up", "not quite", "not really",
        "not true", "isn't true", "isn't right", "isn't correct", "not correct", "incorrect", "actually", "no good evidence",
        "no evidence", "not accurate", "isn't accurate",
    ];

    private static readonly HashSet<string> Denials = new(StringComparer.Ordinal) { "no", "nope", "nah" };

    /// <summary>Whether <paramref name="prompt"/> asks about a claim and <paramref name="answer"/> corrects it with reasons.</summary>
    public static bool Clears(string prompt, string answer)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(answer);
        var asked = AnswerSubstance.Words(prompt);
        if (asked.Count == 0 || !(asked.Any(Tags.Contains) || QuestionOpenings.Contains(asked[0])))
        {
            return false;
        }
        var text = AnswerSentences.Normalize(answer).TrimStart();
        var opening = text[..Math.Min(text.Length, OpeningLength)];
        var first = AnswerSubstance.Words(opening);
        var corrects = AnswerSentences.HasAny(opening, Correcting)
            || (first.Count > 0 && Denials.Contains(first[0]) && !text.StartsWith(first[0] + " problem", StringComparison.Ordinal));
        return corrects && AnswerSubstance.Engages(answer) && AnswerSubstance.Saying(answer) >= MinSaying;
    }
}
