namespace Aligners.Inference.Privacy;

/// <summary>
/// Passwords without a digit, which <see cref="SecretValue.Guessable"/> leaves out since a word with a
/// symbol is as often prose: letters of both cases with a symbol among them, 8 to 64 characters
/// (<c>r!QmTzea%Pw</c>), and letters whose case looks random (<see cref="SecretValue.RandomLetters"/>, or
/// a case that changes at every second letter on average: <c>WqLtZmRbEoVn</c>). Taken only where a password word names the value, before it or earlier
/// in its clause ("Het Wi-Fi-wachtwoord voor gasten is ...", "das WLAN-Passwort lautet ...").
/// </summary>
internal static class LetterPasswords
{
    /// <summary>The shortest password of letters and symbols taken.</summary>
    public const int MinLength = 8;

    /// <summary>Whether <paramref name="value"/> has the shape of a password of letters, with symbols or random in case.</summary>
    public static bool Looks(ReadOnlySpan<char> value)
    {
        if (value.Length is < MinLength or > SecretValue.MaxGuessable)
        {
            return false;
        }
        if (SecretValue.RandomLetters(value) || CaseChangesOften(value))
        {
            return true;
        }
        bool lower = false, upper = false, symbol = false;
        foreach (var c in value)
        {
            if (char.IsLower(c)) lower = true;
            else if (char.IsUpper(c)) upper = true;
            // Brackets make a template's slot (%(DB_PASS)s, {{ pass }}) far more often than a password without digits.
            else if (char.IsAsciiDigit(c) || char.IsWhiteSpace(c) || c is '<' or '>' or '`' or '/' or '\\' or '(' or ')' or '{' or '}' or '[' or ']') return false;
            else if (c is not ('.' or '-' or '_' or '\'')) symbol = true;
        }
        // A symbol only at the end is a sentence's ("Welcome!"); a password's stands among its letters.
        return lower && upper && symbol && value[..^1].ContainsAnyExcept(LettersAndMarks);
    }

    /// <summary>
    /// Ten or more letters alone whose case changes at least six times and at every second letter on average
    /// (<c>OxRtWmJqAdCv</c>): names joined in camel case change far less often (<c>MyPasswordHere</c>, <c>XMLHttpRequest</c>).
    /// </summary>
    private static bool CaseChangesOften(ReadOnlySpan<char> value)
    {
        if (value.Length < 10)
        {
            return false;
        }
        var changes = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (!char.IsAsciiLetter(value[i]))
            {
                return false;
            }
            changes += i > 0 && char.IsAsciiLetterUpper(value[i]) != char.IsAsciiLetterUpper(value[i - 1]) ? 1 : 0;
        }
        return changes >= 6 && changes * 2 >= value.Length;
    }

    private static readonly System.Buffers.SearchValues<char> LettersAndMarks =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_'");
}
