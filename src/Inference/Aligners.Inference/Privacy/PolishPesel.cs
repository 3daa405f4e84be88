namespace Aligners.Inference.Privacy;

/// <summary>
/// Poland's PESEL (11 digits: YYMMDD, a serial, the sex digit and a check digit). The month carries
/// the century: 1-12 for the 1900s, +20 for the 2000s, +40 for the 2100s, +60 for the 2200s, +80 for
/// the 1800s; the date must be real in that century. The check digit is (10 - the sum of the first
/// ten digits weighted 1 3 7 9 1 3 7 9 1 3, mod 10) mod 10.
/// </summary>
internal static class PolishPesel
{
    private static ReadOnlySpan<int> Weights => [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

    /// <summary>Whether <paramref name="value"/> (11 digits) is a valid PESEL.</summary>
    public static bool Valid(ReadOnlySpan<char> value)
    {
        if (value.Length != 11 || value.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }
        var yy = (value[0] - '0') * 10 + (value[1] - '0');
        var mm = (value[2] - '0') * 10 + (value[3] - '0');
        var dd = (value[4] - '0') * 10 + (value[5] - '0');
        var century = (mm / 20) switch { 0 => 1900, 1 => 2000, 2 => 2100, 3 => 2200, _ => 1800 };
        var month = mm % 20;
        if (month is < 1 or > 12 || dd < 1 || dd > DateTime.DaysInMonth(century + yy, month))
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            sum += (value[i] - '0') * Weights[i];
        }
        return (10 - sum % 10) % 10 == value[10] - '0';
    }
}
