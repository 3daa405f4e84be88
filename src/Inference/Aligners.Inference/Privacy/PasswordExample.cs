namespace Aligners.Inference.Privacy;

/// <summary>
/// A weak password quoted as an example of what not to choose, in a how-to or a piece of advice
/// ("avoid passwords like letmein2024", "never use 'Passw0rd'", "e.g. qwerty123 is weak"): nobody's
/// secret, since the sentence around it says it is an example or a bad choice. Read from the
/// sentence before the value (on its line, back to the sentence's start) and the few words after
/// it on the same line ("... (do not use)"). A value that looks random is never such an example,
/// and neither is one set in a config or a command (<c>PASSWORD=...</c>): there it is the password.
/// </summary>
internal static class PasswordExample
{
    /// <summary>How far before the value the sentence is read.</summary>
    private const int Before = 96;

    /// <summary>How far after the value the line is read.</summary>
    private const int After = 40;

    // Words calling a password an example, a weak or a common one, or one to avoid, in the five languages the password words cover.
    private static readonly ContextWords ExampleWords = new(
        "example", "examples", "e.g.", "e.g", "eg.", "such as", "like", "weak", "weakest", "worst", "common", "guessable", "easy to guess",
        "insecure", "avoid", "never use", "don't use", "dont use", "do not use", "bad",
        "beispiel", "beispielsweise", "z.b.", "z. b.", "schwach", "schwache", "schwaches", "unsicher", "unsichere", "vermeide", "vermeiden", "niemals",
        "exemple", "par ex", "faible", "faibles", "évitez", "éviter", "jamais",
        "ejemplo", "por ejemplo", "débil", "débiles", "evite", "evita", "evitar", "nunca",
        "voorbeeld", "bijvoorbeeld", "bv.", "zoals", "zwak", "zwakke", "vermijd", "nooit");

    // After the value only a verdict on it counts ("(do not use)", "is too weak"), not any advice that follows a real one ("avoid sharing it").
    private static readonly ContextWords VerdictWords = new(
        "do not use", "don't use", "dont use", "never use", "weak", "insecure", "bad example", "nicht verwenden", "schwach", "unsicher",
        "à éviter", "a eviter", "faible", "no usar", "no lo uses", "débil", "niet gebruiken", "zwak");

    // Abbreviations whose dot ends no sentence: "eg.", "bv.", "par ex.", "zB.", "bijv.", "bspw.".
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase) { "eg", "bv", "ex", "zb", "bijv", "bspw" };

    /// <summary>Whether <paramref name="text"/> holds any word that could call a password an example: read once per text.</summary>
    public static bool Possible(string text) => ExampleWords.Contains(text) || VerdictWords.Contains(text);

    /// <summary>
    /// The password between <paramref name="start"/> and <paramref name="end"/> is quoted as an example
    /// of a weak or forbidden password rather than given as one.
    /// </summary>
    public static bool Quoted(string text, int start, int end)
    {
        var j = start;
        while (j > 0 && start - j < 4 && text[j - 1] is ' ' or '\t' or '"' or '\'' or '`' or '“' or '„' or '«')
        {
            j--;
        }
        // Set in a config or a command (DB_PASSWORD=..., --password=...), the value is the password itself.
        if (j > 0 && text[j - 1] == '=')
        {
            return false;
        }
        var from = j;
        while (from > 0 && start - from < Before && text[from - 1] != '\n'
            && !(text[from - 1] is '.' or '!' or '?' && char.IsWhiteSpace(text[from]) && !Abbreviation(text, from - 1)))
        {
            from--;
        }
        var to = end;
        while (to < text.Length && to - end < After && text[to] != '\n')
        {
            to++;
        }
        return ExampleWords.Contains(text.AsSpan(from, start - from)) || VerdictWords.Contains(text.AsSpan(end, to - end));
    }

    /// <summary>The '.' at <paramref name="dot"/> closes an abbreviation ("e.g.", "z.B.", "bv.", "par ex."), not a sentence.</summary>
    private static bool Abbreviation(string text, int dot)
    {
        if (dot >= 2 && text[dot - 2] == '.')
        {
            return true; // the second dot of "e.g." or "z.B."
        }
        var word = dot;
        while (word > 0 && dot - word < 4 && char.IsLetter(text[word - 1]))
        {
            word--;
        }
        return (word == 0 || !char.IsLetter(text[word - 1])) && Abbreviations.Contains(text[word..dot]);
    }
}
