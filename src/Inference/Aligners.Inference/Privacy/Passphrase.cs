namespace Aligners.Inference.Privacy;

/// <summary>
/// A passphrase of plain words, as password managers and the "four random words" advice make them:
/// three to eight lower-case words of letters, joined by single spaces or hyphens
/// (<c>"lantern orbit maple cricket"</c>, <c>maple-orbit-lantern</c>). A value reader that stops at
/// a space sees only its first word, and no single word looks random, so the phrase is read whole
/// here. It counts only where a password word names it (<see cref="SecretEntropyDetector"/>): in
/// quotes, or unquoted when the words run to the end of the line and none is a word of ordinary
/// prose ("must", "the", "ist"), since "Password: ask the admin" is a sentence, not a secret; and
/// never with a placeholder's words (<c>your-password-here</c>).
/// </summary>
internal static class Passphrase
{
    private const int MinWords = 3;
    private const int MaxWords = 8;
    private const int MaxWordLength = 12;

    // Function words and the verbs that follow a password's name in instructions, in the five languages.
    private static readonly HashSet<string> ProseWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "is", "are", "be", "must", "should", "will", "can", "not", "no", "to", "of", "in", "on", "for", "and", "or",
        "your", "my", "our", "this", "that", "see", "ask", "use", "set", "sent", "required", "optional", "stored", "changed", "reset",
        "der", "die", "das", "ist", "wird", "nicht", "und", "oder", "im", "bitte", "siehe",
        "le", "la", "les", "est", "et", "ou", "pas", "voir", "de", "du",
        "el", "los", "las", "es", "y", "o", "ver", "del",
        "het", "een", "en", "niet", "zie", "van",
        // Words of a placeholder written where a passphrase goes (your-password-here, change-me-now).
        "here", "password", "passphrase", "secret", "token", "change", "changeme", "example", "placeholder", "dummy", "value", "sample",
    };

    /// <summary>Where a passphrase starting at <paramref name="start"/> ends, or -1 where none starts there.</summary>
    public static int End(string text, int start)
    {
        var quote = start > 0 && text[start - 1] is '"' or '\'' ? text[start - 1] : '\0';
        var k = start;
        var words = 0;
        var prose = false;
        var spaced = false;
        while (true)
        {
            var wordStart = k;
            while (k < text.Length && char.IsLower(text[k]) && k - wordStart <= MaxWordLength)
            {
                k++;
            }
            var length = k - wordStart;
            if (length is < 3 or > MaxWordLength || (k < text.Length && char.IsLetterOrDigit(text[k])))
            {
                return -1;
            }
            words++;
            prose |= ProseWords.Contains(text.Substring(wordStart, length));
            if (words > MaxWords)
            {
                return -1;
            }
            if (k + 1 < text.Length && text[k] is ' ' or '-' && char.IsLower(text[k + 1]))
            {
                spaced |= text[k] == ' ';
                k++;
                continue;
            }
            break;
        }
        if (words < MinWords)
        {
            return -1;
        }
        if (quote != '\0')
        {
            return k < text.Length && text[k] == quote ? k : -1;
        }
        var end = k;
        if (!spaced)
        {
            if (prose)
            {
                return -1;
            }
            // Words joined by hyphens are one token: it ends where a token does.
            return k >= text.Length || char.IsWhiteSpace(text[k]) || text[k] is '.' or ',' or ';' or ')' ? end : -1;
        }
        // Spaced and unquoted: the phrase is all that is left of its line (a full stop may end it), and reads as no sentence.
        if (k < text.Length && text[k] == '.')
        {
            k++;
        }
        while (k < text.Length && text[k] is ' ' or '\t' or '\r')
        {
            k++;
        }
        return (k >= text.Length || text[k] == '\n') && !prose ? end : -1;
    }
}
