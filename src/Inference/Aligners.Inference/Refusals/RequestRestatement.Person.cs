using System.Text.RegularExpressions;

namespace Aligners.Inference.Refusals;

// The restatement's voice: the user's words said back by the assistant.
public static partial class RequestRestatement
{
    /// <summary>
    /// The first person turned to the second (I, me, my, mine, myself, I'm, I've, I'd, I'll, am; we,
    /// us, our, ours, ourselves) and the assistant the user addressed turned to the first, in one
    /// pass so that no word is turned twice: "if I give you my login" is "if you give me your login".
    /// A "you" opening the text, after a conjunction or before an auxiliary ("you should", "you are")
    /// is a subject ("I"), any other an object ("me").
    /// </summary>
    public static string SecondPerson(string text) => FirstPerson().Replace(text, m => m.Value.ToLowerInvariant() switch
    {
        "you are" => "I am",
        "you were" => "I was",
        "you're" => "I'm",
        "you've" => "I've",
        "you'd" => "I'd",
        "you'll" => "I'll",
        "you" => SubjectAt(text, m.Index) ? "I" : "me",
        "your" => "my",
        "yours" => "mine",
        "yourself" => "myself",
        "i" or "me" => "you",
        "my" => "your",
        "mine" => "yours",
        "myself" => "yourself",
        "i'm" => "you're",
        "i've" => "you've",
        "i'd" => "you'd",
        "i'll" => "you'll",
        "am" => "are",
        "we" or "us" => "you",
        "our" => "your",
        "ours" => "yours",
        "ourselves" => "yourselves",
        _ => m.Value,
    });

    private static readonly string[] Conjunctions = ["if", "when", "so", "and", "or", "because", "unless", "that", "while", "until", "before", "after"];

    private static readonly string[] Auxiliaries =
        ["should", "can", "could", "would", "will", "must", "might", "may", "do", "did", "have", "had", "know", "need", "want"];

    // Whether the "you" at index opens the text, follows a conjunction or comes before an auxiliary: a subject, not an object.
    private static bool SubjectAt(string text, int index)
    {
        var before = text[..index].TrimEnd();
        var previous = before[(before.LastIndexOf(' ') + 1)..].Trim(',', ';', ':').ToLowerInvariant();
        var after = text[(index + 3)..].TrimStart();
        var space = after.IndexOf(' ');
        var next = (space < 0 ? after : after[..space]).TrimEnd(',', ';', ':', '.', '?', '!').ToLowerInvariant();
        return before.Length == 0 || Conjunctions.Contains(previous) || Auxiliaries.Contains(next);
    }

    [GeneratedRegex(@"\b(?:I'm|I've|I'd|I'll|I|me|my|mine|myself|am|we|us|our|ours|ourselves|you are|you were|you're|you've|you'd|you'll|you|your|yours|yourself)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex FirstPerson();
}
