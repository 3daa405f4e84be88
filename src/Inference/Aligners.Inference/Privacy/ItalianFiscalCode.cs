namespace Aligners.Inference.Privacy;

/// <summary>
/// Italy's codice fiscale for persons (<c>RSSMRA85T10A562S</c>): three letters of the surname,
/// three of the name, the birth year, a month letter (A B C D E H L M P R S T), the day (plus 40 for
/// women), the place's cadastral code (a letter and three digits) and a check letter. Where two
/// people would share a code, the Agenzia delle Entrate replaces digits from the right by the
/// letters L M N P Q R S T U V (omocodia); they are read back as 0-9. The check letter is the sum of
/// the odd positions' values by the official odd table and the even positions' plain values (0-9,
/// A-Z as 0-25), mod 26.
/// </summary>
internal static class ItalianFiscalCode
{
    /// <summary>The odd positions' values of 0-9 and of A-Z (the decree's table).</summary>
    private static readonly int[] OddDigits = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21];

    private static readonly int[] OddLetters = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

    private const string Months = "ABCDEHLMPRST";

    private const string Omocodia = "LMNPQRSTUV";

    /// <summary>Positions (0-based) that hold letters: name, month, place, check.</summary>
    private static ReadOnlySpan<int> LetterPositions => [0, 1, 2, 3, 4, 5, 8, 11, 15];

    /// <summary>Positions (0-based) that hold digits, or their omocodia letters.</summary>
    private static ReadOnlySpan<int> DigitPositions => [6, 7, 9, 10, 12, 13, 14];

    /// <summary>Whether <paramref name="value"/> is a well-formed codice fiscale with its check letter.</summary>
    public static bool Valid(ReadOnlySpan<char> value)
    {
        if (value.Length != 16)
        {
            return false;
        }
        Span<char> code = stackalloc char[16];
        value.ToUpperInvariant(code);
        foreach (var i in LetterPositions)
        {
            if (!char.IsAsciiLetterUpper(code[i]))
            {
                return false;
            }
        }
        Span<char> digits = stackalloc char[16];
        code.CopyTo(digits);
        foreach (var i in DigitPositions)
        {
            var omocodia = Omocodia.IndexOf(code[i]);
            if (!char.IsAsciiDigit(code[i]) && omocodia < 0)
            {
                return false;
            }
            digits[i] = omocodia >= 0 ? (char)('0' + omocodia) : code[i];
        }
        var day = (digits[9] - '0') * 10 + (digits[10] - '0');
        if (!Months.Contains(code[8]) || day is not ((>= 1 and <= 31) or (>= 41 and <= 71)))
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 15; i++)
        {
            var c = code[i];
            // Positions count from 1 in the decree: the 1st, 3rd, ... are odd.
            sum += i % 2 == 0
                ? char.IsAsciiDigit(c) ? OddDigits[c - '0'] : OddLetters[c - 'A']
                : char.IsAsciiDigit(c) ? c - '0' : c - 'A';
        }
        return code[15] == (char)('A' + sum % 26);
    }
}
