namespace Aligners.Orchestration.Decisions.Helpful;

/// <summary>
/// A step-by-step answer to a how-to question ("how do I descale a kettle" — "1. Fill it halfway
/// with vinegar ... 2. ... 3. ..."). The helpful model flags some for their clipped register. The
/// prompt asks how to do something; the answer engages (<see cref="AnswerSubstance.Engages"/>),
/// numbers at least <see cref="MinSteps"/> steps from 1 in order, each at the start of a line, and
/// names a word of the prompt's topic (a word of four letters or more that is not a question word,
/// or one that contains or is contained in it: "plant" for "houseplant"). Background with no steps,
/// and steps for another task, stay to the model. It cannot tell right steps from wrong ones, nor
/// steps for another task that share a word with the asked one.
/// </summary>
public static class OrderedSteps
{
    /// <summary>The fewest numbered steps that make an answer step by step.</summary>
    public const int MinSteps = 3;

    /// <summary>The shortest word read as the prompt's topic.</summary>
    public const int MinTopicLength = 4;

    private static readonly string[] AsksHow =
    [
        "how do i", "how do you", "how can i", "how should i", "how to", "how would i", "how do we", "steps to", "steps for",
        "the steps", "walk me through", "step by step", "step-by-step",
    ];

    // Words of any how-to question, which say nothing of its topic.
    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        "what", "steps", "step", "best", "easiest", "quickest", "fastest", "way", "ways", "make", "sure", "with", "without",
        "into", "from", "your", "this", "that", "should", "would", "could", "about", "there", "their", "have", "need", "want",
        "good", "some", "more", "does", "walk", "through", "properly", "correctly", "right", "please", "thanks", "help",
        "just", "really", "like", "when", "where", "which", "will", "them", "they", "then", "know", "tell",
    };

    /// <summary>Whether <paramref name="prompt"/> asks how to do something and <paramref name="answer"/> gives ordered steps on its topic.</summary>
    public static bool Clears(string prompt, string answer)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(answer);
        if (!AnswerSentences.HasAny(AnswerSentences.Normalize(prompt), AsksHow)
            || NumberedSteps(answer) < MinSteps
            || !AnswerSubstance.Engages(answer))
        {
            return false;
        }
        var topic = AnswerSubstance.Words(prompt).Where(w => w.Length >= MinTopicLength && !QuestionWords.Contains(w)).ToList();
        var said = AnswerSubstance.Words(answer).Where(w => w.Length >= MinTopicLength).ToHashSet(StringComparer.Ordinal);
        return topic.Any(t => said.Any(s => s.Contains(t, StringComparison.Ordinal) || t.Contains(s, StringComparison.Ordinal)));
    }

    /// <summary>How many lines of <paramref name="answer"/> number steps 1, 2, 3, ... in order ("1. ", "2) ").</summary>
    public static int NumberedSteps(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var next = 1;
        foreach (var line in answer.Split('\n'))
        {
            var trimmed = line.TrimStart();
            var digits = 0;
            while (digits < trimmed.Length && char.IsAsciiDigit(trimmed[digits]))
            {
                digits++;
            }
            if (digits > 0 && digits + 1 < trimmed.Length && trimmed[digits] is '.' or ')' && trimmed[digits + 1] == ' '
                && int.TryParse(trimmed.AsSpan(0, digits), out var n) && n == next)
            {
                next++;
            }
        }
        return next - 1;
    }
}
