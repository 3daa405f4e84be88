namespace Aligners.Inference.Privacy;

/// <summary>
/// A password given as a chat's answer to a question asking for one: a line asks for a password ("can you send me the
/// wifi pw", "what's the password for the NAS?") and one of the next two lines answers "its ...", "it's ..." or "it is ..."
/// with a value shaped as a password (<see cref="SecretValue.Guessable"/>, <see cref="LetterPasswords"/>). The answer
/// names nothing itself; the question says what "it" is. A question that names no password ("what's the ticket?") makes
/// the answer no password, nor does one that asks nothing.
/// </summary>
internal static class PasswordReplies
{
    /// <summary>How many lines above the answer the question may stand.</summary>
    private const int LinesUp = 2;

    private static readonly string[] Openers = ["its ", "it's ", "it’s ", "it is "];

    // Short names for a password that chat writes and the clause words leave out ("pw" is a verb's abbreviation nowhere).
    private static readonly ContextWords ShortNames = new("pw", "pwd", "passwd", "pword", "pass word");

    // Words that ask: a chat's question often goes without its question mark ("can u send me the wifi pw").
    private static readonly ContextWords AskWords = new(
        "can u", "can you", "could you", "could u", "send me", "what's", "whats", "what is", "anyone", "need the", "give me", "share the");

    /// <summary>Every such answer's password in <paramref name="text"/>.</summary>
    public static IEnumerable<PrivacyEntity> Find(string text)
    {
        foreach (var opener in Openers)
        {
            var at = 0;
            while ((at = text.IndexOf(opener, at, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                var openerAt = at;
                at += opener.Length;
                if (!OpensMessage(text, openerAt))
                {
                    continue;
                }
                var end = at;
                while (end < text.Length && end - at <= SecretValue.MaxGuessable && !char.IsWhiteSpace(text[end]))
                {
                    end++;
                }
                while (end > at && text[end - 1] is '.' or ',' or ';' or '!')
                {
                    end--;
                }
                var value = text.AsSpan(at, end - at);
                if ((SecretValue.Guessable(value) || LetterPasswords.Looks(value)) && !Placeholders.IsPlaceholder(value) && AskedAbove(text, openerAt))
                {
                    yield return new PrivacyEntity(PrivacyTypes.Credential, at, end - at, "password-reply", 0.8);
                }
            }
        }
    }

    /// <summary>The opener starts its line's message: the line's start, or after a chat's speaker ("Name: ", "&lt;name&gt; ").</summary>
    private static bool OpensMessage(string text, int at)
    {
        if (at == 0 || text[at - 1] == '\n')
        {
            return true;
        }
        return at >= 2 && text[at - 1] == ' ' && text[at - 2] is ':' or '>' or ']';
    }

    /// <summary>One of the <see cref="LinesUp"/> lines above asks for a password.</summary>
    private static bool AskedAbove(string text, int at)
    {
        var lineStart = LineBounds.PreviousBreak(text, at);
        for (var n = 0; n < LinesUp && lineStart > 0; n++)
        {
            var line = DeviceLogins.PreviousLine(text, lineStart);
            if ((line.Contains('?') || AskWords.Contains(line)) && (PasswordClause.NamesPasswordIn(line) || ShortNames.Contains(line)))
            {
                return true;
            }
            lineStart -= line.Length + 1;
        }
        return false;
    }
}
