using Aligners.Orchestration.Decisions.Wording;

namespace Aligners.Orchestration.Decisions;

/// <summary>
/// A composed rewrite that says what a thing is where the prompt asks something a definition does
/// not answer: "A cover letter is a short letter sent with your resume ..." under "How long should a
/// cover letter be?", "Two-factor authentication asks for a second proof ..." under "How do I set up
/// two-factor authentication?". A small decoder that has learnt an explanation of the prompt's thing
/// by heart gives it for every question about that thing; it is on the topic and reads as helpful,
/// so the topic check and the inspectors pass it. Read in plain words: the prompt asks how, how
/// long/many/much, which or whether (<see cref="QuestionKinds"/>); the rewrite's first sentence has
/// the prompt's thing as its subject, then "is", "are", "means" or a verb in the present ("asks",
/// "protects"); no sentence of it gives what was asked (<see cref="AnswerCues"/>); and the replaced
/// text did not begin the same way. Pure.
/// </summary>
public static class DefinitionAnswer
{
    // A subject longer than this is a clause, not a thing's name.
    private const int MaxSubjectWords = 5;

    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "a", "an", "the" };

    private static readonly HashSet<string> Copulas = new(StringComparer.Ordinal) { "is", "are", "means", "refers", "describes" };

    // What follows "is" in a sentence that places or judges its subject rather than saying what it is.
    private static readonly HashSet<string> NotDefining = new(StringComparer.Ordinal)
    {
        "under", "in", "at", "on", "inside", "behind", "near", "next", "off", "available", "located", "found", "usually", "normally",
        "typically", "about", "around", "roughly", "between", "easy", "simple", "quick", "hard", "best", "better", "not", "enabled",
        "disabled", "turned", "set", "done", "made", "ready", "safe", "fine", "worth", "free", "cheap", "expensive",
    };

    // Words that make a subject no thing of the prompt's: pronouns, question words and quantities.
    private static readonly HashSet<string> NotThings = new(StringComparer.Ordinal)
    {
        "i", "you", "your", "my", "me", "we", "our", "it", "its", "this", "that", "these", "those", "there", "here", "they", "their",
        "he", "she", "how", "what", "why", "when", "where", "which", "who", "whether", "long", "many", "much", "often", "do", "does",
        "can", "should", "would", "could", "will", "one", "each", "every", "most", "some", "any", "all", "both", "to", "and", "or",
        "if", "so", "but", "not", "no", "yes",
    };

    /// <summary>
    /// Why <paramref name="rewrite"/> answers another question than <paramref name="prompt"/> asks, or
    /// null: it defines the prompt's thing where a definition does not answer, and
    /// <paramref name="previous"/> did not.
    /// </summary>
    public static string? Mismatch(string prompt, string rewrite, string? previous)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(rewrite);
        var asked = QuestionKinds.Of(prompt);
        if (asked == AskedFor.Open || Defines(rewrite, prompt) is not { } thing
            || AnswerCues.Gives(rewrite, asked) || (previous is not null && Defines(previous, prompt) is not null))
        {
            return null;
        }
        return $"the rewrite says what {thing} is where the prompt asks {Asked(asked)}, and says nothing of that";
    }

    /// <summary>
    /// The thing the first sentence of <paramref name="text"/> defines or describes, when its subject
    /// is one the prompt names; otherwise null.
    /// </summary>
    public static string? Defines(string text, string prompt)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(prompt);
        var promptWords = Words(prompt).ToHashSet(StringComparer.Ordinal);
        var words = Words(FirstSentence(text)).ToList();
        var first = words.Count > 0 && Articles.Contains(words[0]) ? 1 : 0;
        for (var verb = first + 1; verb < words.Count && verb - first <= MaxSubjectWords; verb++)
        {
            var subject = words.GetRange(first, verb - first);
            if (subject.Any(w => NotThings.Contains(w) || !Named(w, promptWords)))
            {
                return null;
            }
            if (Verb(words[verb], promptWords))
            {
                // "Gmail settings are under the gear icon" says where, "it is easy to" says how hard: no definition.
                if (Copulas.Contains(words[verb]) && verb + 1 < words.Count && NotDefining.Contains(words[verb + 1]))
                {
                    return null;
                }
                return string.Join(' ', words.GetRange(0, verb));
            }
        }
        return null;
    }

    /// <summary>"is", "are", "means", or a present-tense verb in the third person that is no word of the prompt ("asks", not "settings").</summary>
    private static bool Verb(string word, HashSet<string> promptWords) =>
        Copulas.Contains(word)
        || (word.Length >= 4 && word[^1] == 's' && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
            && !word.EndsWith("is", StringComparison.Ordinal) && !word.Contains('\'', StringComparison.Ordinal) && !promptWords.Contains(word)
            && !promptWords.Contains(word[..^1]));

    /// <summary>A word of the prompt, in the singular or plural it wrote or the other.</summary>
    private static bool Named(string word, HashSet<string> promptWords) =>
        promptWords.Contains(word) || promptWords.Contains(word + "s") || (word.EndsWith('s') && promptWords.Contains(word[..^1]));

    private static string Asked(AskedFor asked) => asked switch
    {
        AskedFor.HowTo => "how to do something",
        AskedFor.Amount => "how long, how many or how much",
        AskedFor.Choice => "which to choose",
        _ => "whether",
    };

    private static string FirstSentence(string text)
    {
        var trimmed = text.TrimStart();
        for (var i = 0; i < trimmed.Length; i++)
        {
            if (trimmed[i] is '!' or '?' or '\n' or ':' || (trimmed[i] == '.' && (i + 1 == trimmed.Length || char.IsWhiteSpace(trimmed[i + 1]))))
            {
                return trimmed[..i];
            }
        }
        return trimmed;
    }

    /// <summary>The words of <paramref name="text"/>, lower case, hyphens and inner apostrophes kept, other punctuation dropped.</summary>
    internal static IEnumerable<string> Words(string text) =>
        text.ToLowerInvariant().Replace('\u2019', '\'')
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', ';', ':', '!', '?', '"', '\'', '(', ')', '[', ']', '*', '`'))
            .Where(w => w.Length > 0);
}
