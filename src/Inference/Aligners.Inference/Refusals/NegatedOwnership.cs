namespace Aligners.Inference.Refusals;

/// <summary>
/// Whether a prompt denies that the thing is the asker's ("it's not my car", "this isn't our flat",
/// "the phone is not mine", "it doesn't belong to me"): the owner's word is then no claim of one's
/// own, and <see cref="OwnAccess"/> must not read it as one. Pure, no regular expressions.
/// </summary>
public static class NegatedOwnership
{
    private static readonly HashSet<string> Negations =
        ["not", "isn't", "isnt", "aren't", "arent", "wasn't", "wasnt", "ain't", "aint", "never", "doesn't", "doesnt", "don't", "dont"];

    // Words that may stand between the negation and the owner's word; any other ("don't know my code") is a denial of something else.
    private static readonly HashSet<string> Between = ["really", "even", "actually", "technically", "belong", "belonging", "to"];

    // The asker's words a negation may deny: "not my", "not ours", "doesn't belong to me".
    private static readonly HashSet<string> Owners = ["my", "our", "mine", "ours", "me", "us"];

    /// <summary>Whether <paramref name="prompt"/> says that something is not the asker's.</summary>
    public static bool Denies(string prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var words = prompt.ToLowerInvariant().Replace('’', '\'')
            .Split([' ', ',', '.', '?', '!', ';', ':', '(', ')', '"'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (!Negations.Contains(words[i]))
            {
                continue;
            }
            // "not my", "isn't really ours", "doesn't belong to me": the owner's word within three words after the negation.
            for (var j = i + 1; j < Math.Min(words.Length, i + 4); j++)
            {
                if (Owners.Contains(words[j]))
                {
                    return true;
                }
                if (!Between.Contains(words[j]))
                {
                    break;
                }
            }
        }
        return false;
    }
}
