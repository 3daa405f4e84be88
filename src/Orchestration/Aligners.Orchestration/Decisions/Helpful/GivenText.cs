namespace Aligners.Orchestration.Decisions.Helpful;

/// <summary>
/// The text a prompt hands over to be worked on ("translate 'good night' into German", "proofread
/// this: Their late again."): what stands between quotes, or else what follows the first colon.
/// Read in plain code, so that nothing backtracks on a long prompt. An apostrophe inside a word
/// ("don't") is no quote: a single quote opens only after a space or a colon and closes only
/// before something that is not a letter.
/// </summary>
public static class GivenText
{
    /// <summary>The fewest letters a given text must hold to count as one.</summary>
    public const int MinLetters = 2;

    /// <summary>The text <paramref name="prompt"/> gives between quotes or after a colon, or null where it gives none.</summary>
    public static string? Of(string prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var text = prompt.Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"');
        var quoted = Between(text, '"') ?? BetweenSingle(text);
        if (quoted is null)
        {
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            quoted = colon < 0 ? null : text[(colon + 1)..];
        }
        return quoted is not null && quoted.Count(char.IsLetter) >= MinLetters ? quoted.Trim() : null;
    }

    private static string? Between(string text, char quote)
    {
        var open = text.IndexOf(quote, StringComparison.Ordinal);
        var close = text.LastIndexOf(quote);
        return open >= 0 && close > open + 1 ? text[(open + 1)..close] : null;
    }

    private static string? BetweenSingle(string text)
    {
        var open = -1;
        for (var i = 0; i < text.Length && open < 0; i++)
        {
            if (text[i] == '\'' && (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] == ':'))
            {
                open = i;
            }
        }
        if (open < 0)
        {
            return null;
        }
        for (var j = text.Length - 1; j > open + 1; j--)
        {
            if (text[j] == '\'' && (j + 1 == text.Length || !char.IsLetter(text[j + 1])))
            {
                return text[(open + 1)..j];
            }
        }
        return null;
    }
}
