namespace Aligners.Inference.Privacy;

/// <summary>
/// Norway's fødselsnummer (11 digits: DDMMYY, a three-digit individual number and two check
/// digits, each a weighted sum mod 11; a remainder giving 10 is never issued). A D-number (for
/// people without a birth number) adds 4 to the day's first digit, an H-number (a temporary
/// health-service number) adds 4 to the month's; the date must be real either way.
/// </summary>
internal static class NorwegianBirthNumber
{
    private static ReadOnlySpan<int> First => [3, 7, 6, 1, 8, 9, 4, 5, 2];

    private static ReadOnlySpan<int> Second => [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

    /// <summary>Whether <paramref name="value"/> (11 digits, a space after the date allowed) is a valid fødselsnummer, D- or H-number.</summary>
    public static bool Valid(ReadOnlySpan<char> value)
    {
        Span<char> c = stackalloc char[11];
        if (NationalIdChecks.Digits(value, c) != 11)
        {
            return false;
        }
        Span<int> d = stackalloc int[11];
        for (var i = 0; i < 11; i++)
        {
            d[i] = c[i] - '0';
        }
        var day = d[0] * 10 + d[1];
        var month = d[2] * 10 + d[3];
        day = day > 40 ? day - 40 : day;
        month = month > 40 ? month - 40 : month;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2000, month))
        {
            return false;
        }
        return CheckDigit(d[..9], First) == d[9] && CheckDigit(d[..10], Second) == d[10];
    }

    /// <summary>11 - (the weighted sum mod 11), 11 read as 0; -1 where it would be 10 (such a number is never issued).</summary>
    private static int CheckDigit(ReadOnlySpan<int> digits, ReadOnlySpan<int> weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += digits[i] * weights[i];
        }
        var k = 11 - sum % 11;
        return k == 11 ? 0 : k == 10 ? -1 : k;
    }
}
