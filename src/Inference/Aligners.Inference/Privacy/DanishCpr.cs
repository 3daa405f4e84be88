namespace Aligners.Inference.Privacy;

/// <summary>
/// Denmark's CPR number (DDMMYY-SSSS). Since 2007 numbers are issued without the old mod-11 check
/// (the CPR office ran out of numbers that pass it), so nothing in the number but its date can be
/// checked: the date must be real in the century that the serial's first digit and the year give
/// (the CPR office's table). The detector therefore counts one only with the CPR's name nearby.
/// </summary>
internal static class DanishCpr
{
    /// <summary>Whether <paramref name="value"/> (DDMMYY-SSSS, or the ten digits alone) holds a real birth date.</summary>
    public static bool Valid(ReadOnlySpan<char> value)
    {
        Span<char> d = stackalloc char[10];
        if (NationalIdChecks.Digits(value, d) != 10)
        {
            return false;
        }
        var day = (d[0] - '0') * 10 + (d[1] - '0');
        var month = (d[2] - '0') * 10 + (d[3] - '0');
        var yy = (d[4] - '0') * 10 + (d[5] - '0');
        var year = Century(d[6] - '0', yy) + yy;
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    /// <summary>The century of a birth year by the serial's first digit (the CPR office's table).</summary>
    private static int Century(int serial, int yy) => serial switch
    {
        <= 3 => 1900,
        4 or 9 => yy <= 36 ? 2000 : 1900,
        _ => yy <= 57 ? 2000 : 1800,
    };
}
