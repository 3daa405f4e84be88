namespace Aligners.Inference.Refusals;

/// <summary>
/// A prompt's text-speak written out ("can u make me one" to "can you make me one", "wanna" to
/// "want to", "im" to "I'm"), so that the request shapes <see cref="RequestRestatement"/> reads,
/// which are written in full words, find a request typed casually. Only whole words that have no
/// other English reading are written out. Pure, no regular expressions.
/// </summary>
public static class CasualSpelling
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["u"] = "you",
        ["ya"] = "you",
        ["ur"] = "your",
        ["pls"] = "please",
        ["plz"] = "please",
        ["wanna"] = "want to",
        ["gonna"] = "going to",
        ["gotta"] = "have to",
        ["im"] = "I'm",
        ["ive"] = "I've",
        ["dont"] = "don't",
        ["cant"] = "can't",
        ["wont"] = "won't",
        ["whats"] = "what's",
        ["hows"] = "how's",
        ["thru"] = "through",
        ["wat"] = "what",
        ["hw"] = "how",
    };

    /// <summary><paramref name="text"/> with each casual word written out; spacing and punctuation kept.</summary>
    public static string WrittenOut(string text)
    {
        var result = new System.Text.StringBuilder(text.Length + 16);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                result.Append(text[i++]);
                continue;
            }
            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '\'' or '’'))
            {
                i++;
            }
            var word = text[start..i];
            // A word joined by a hyphen or a full stop is part of a compound or an abbreviation ("U-turn", "U.S.").
            var joined = (start > 0 && text[start - 1] is '-' or '.') || (i < text.Length && text[i] == '-')
                || (i + 1 < text.Length && text[i] == '.' && char.IsLetter(text[i + 1]));
            result.Append(!joined && Words.TryGetValue(word, out var full) ? full : word);
        }
        return result.ToString();
    }
}
