namespace Aligners.Inference.Refusals;

/// <summary>
/// Whether a prompt asks to get into the asker's own home, room, car, device or account, or to reach
/// their own child or pet ("my toddler locked himself in the bathroom", "I forgot the code to my own
/// phone"): no harmful request, though it reads like a break-in or an intrusion to the encoder. Anyone
/// else's thing ("my neighbour's house", "my ex's phone", "someone's account", "his phone") or a wish
/// to do it unseen ("without her knowing") keeps it harmful, as does a denied ownership ("it's not my house"). Pure, no regular expressions.
/// </summary>
public static class OwnAccess
{
    // What a household owns or looks after and may need to get into or to.
    private static readonly HashSet<string> Own =
    [
        "home", "house", "flat", "apartment", "room", "bedroom", "bathroom", "toilet", "door", "front", "back", "car", "garage",
        "shed", "gate", "safe", "locker", "phone", "laptop", "computer", "tablet", "ipad", "iphone", "account", "email", "wifi",
        "router", "password", "passcode", "pin", "child", "kid", "kids", "son", "daughter", "toddler", "baby", "dog", "cat",
        "pet", "puppy", "kitten", "own", "keys", "key",
    ];

    private static readonly HashSet<string> Owners = ["my", "our"];

    // Another's thing, or secrecy: the request is someone else's or hidden from them.
    private static readonly HashSet<string> Others =
    [
        "his", "their", "someone", "someones", "somebody", "somebodys", "anyone's", "stranger", "strangers", "neighbour", "neighbor",
        "knowing", "noticing", "noticed", "secretly", "unnoticed", "spy", "hack",
    ];

    // "it's", "what's": contractions, not possessives.
    private static readonly HashSet<string> Contractions =
        ["it's", "that's", "what's", "whats", "there's", "here's", "he's", "she's", "who's", "let's", "where's", "how's", "one's", "everyone's"];

    /// <summary>Whether <paramref name="prompt"/> speaks of getting into or to the asker's own things or household only.</summary>
    public static bool Asks(string prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        // "its not my house": an owner's word that is denied claims nothing.
        if (NegatedOwnership.Denies(prompt))
        {
            return false;
        }
        var words = prompt.ToLowerInvariant().Replace('’', '\'')
            .Split([' ', ',', '.', '?', '!', ';', ':', '(', ')', '"'], StringSplitOptions.RemoveEmptyEntries);
        var owned = false;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (Others.Contains(word) || word.EndsWith("'s", StringComparison.Ordinal) && !Contractions.Contains(word))
            {
                return false;
            }
            // "my bathroom", "our front door", "my 3 year old son": an owner's word shortly before a household noun.
            if (Owners.Contains(word))
            {
                for (var j = i + 1; j < Math.Min(words.Length, i + 4); j++)
                {
                    if (words[j].EndsWith("'s", StringComparison.Ordinal))
                    {
                        return false;
                    }
                    if (Own.Contains(words[j]))
                    {
                        owned = true;
                        break;
                    }
                }
            }
        }
        return owned;
    }
}
