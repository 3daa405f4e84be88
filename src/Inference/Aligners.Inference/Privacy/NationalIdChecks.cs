namespace Aligners.Inference.Privacy;

/// <summary>
/// The checks of the European identifiers that carry a birth date and a check over the whole
/// number: France's NIR (INSEE number), Belgium's national register number, Finland's HETU and a
/// Swedish personnummer written with its century. A number that fails its check is a look-alike.
/// </summary>
internal static class NationalIdChecks
{
    /// <summary>The HETU's check characters, indexed by the nine-digit number mod 31 (no G, I, O, Q, Z).</summary>
    private const string HetuCheck = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    /// <summary>
    /// France's NIR: sex (1, 2, or 3, 4, 7, 8 for provisional numbers), year, month (01-12, or 20 and
    /// over where the month is unknown), department (Corsica's 2A and 2B read as 19 and 18 for the
    /// key), commune, order number, and a key of 97 - (the 13 digits mod 97).
    /// </summary>
    public static bool FrenchNir(ReadOnlySpan<char> value)
    {
        Span<char> c = stackalloc char[15];
        var n = 0;
        foreach (var ch in value)
        {
            if (ch is ' ' or '.' or '-')
            {
                continue;
            }
            if (n == c.Length)
            {
                return false;
            }
            c[n++] = char.ToUpperInvariant(ch);
        }
        if (n != 15 || c[0] is not ('1' or '2' or '3' or '4' or '7' or '8'))
        {
            return false;
        }
        var month = (c[3] - '0') * 10 + (c[4] - '0');
        if (month is 0 or (> 12 and < 20))
        {
            return false;
        }
        long number = 0;
        for (var i = 0; i < 13; i++)
        {
            var d = c[i];
            if (i == 6 && c[5] == '2' && d is 'A' or 'B')
            {
                // Corsica: 2A is read as 19, 2B as 18; the first digit stays as written, the second steps back.
                number = number / 10 * 100 + (d == 'A' ? 19 : 18);
                continue;
            }
            if (!char.IsAsciiDigit(d))
            {
                return false;
            }
            number = number * 10 + (d - '0');
        }
        if (!char.IsAsciiDigit(c[13]) || !char.IsAsciiDigit(c[14]))
        {
            return false;
        }
        var key = (c[13] - '0') * 10 + (c[14] - '0');
        return key == 97 - (int)(number % 97);
    }

    /// <summary>
    /// Belgium's national register number: YYMMDD (month 0-12, plus 20 or 40 for a bis number; day
    /// 0-31), a serial of three, and a check of 97 - (the first nine digits mod 97); for people born
    /// in 2000 or later the nine digits are prefixed with 2 before the division.
    /// </summary>
    public static bool BelgianNationalNumber(ReadOnlySpan<char> value)
    {
        Span<char> d = stackalloc char[11];
        if (Digits(value, d) != 11)
        {
            return false;
        }
        var month = int.Parse(d[2..4]) % 20;
        var day = int.Parse(d[4..6]);
        if (int.Parse(d[2..4]) > 52 || month > 12 || day > 31 || int.Parse(d[6..9]) == 0)
        {
            return false;
        }
        var first = long.Parse(d[..9]);
        var check = int.Parse(d[9..]);
        return check == 97 - (int)(first % 97) || check == 97 - (int)((2_000_000_000 + first) % 97);
    }

    /// <summary>
    /// Finland's HETU: DDMMYY, a century sign ('+' 1800s; '-', 'U' to 'Y' 1900s; 'A' to 'F' 2000s),
    /// an individual number 002-899 (900-999 temporary), and the check character of the nine digits mod 31.
    /// </summary>
    public static bool FinnishHetu(ReadOnlySpan<char> value)
    {
        if (value.Length != 11)
        {
            return false;
        }
        var century = value[6] switch
        {
            '+' => 1800,
            '-' or 'U' or 'V' or 'W' or 'X' or 'Y' => 1900,
            'A' or 'B' or 'C' or 'D' or 'E' or 'F' => 2000,
            _ => 0,
        };
        Span<char> d = stackalloc char[9];
        value[..6].CopyTo(d);
        value[7..10].CopyTo(d[6..]);
        foreach (var c in d)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        var individual = int.Parse(d[6..]);
        return century > 0 && individual >= 2
            && IsDate(century + int.Parse(d[4..6]), int.Parse(d[2..4]), int.Parse(d[..2]))
            && HetuCheck[int.Parse(d) % 31] == value[10];
    }

    /// <summary>The control letter: the number (an NIE's X, Y, Z read as 0, 1, 2) mod 23 indexes the table.</summary>
    internal static bool EsDni(ReadOnlySpan<char> value)
    {
        Span<char> d = stackalloc char[8];
        var letter = value[^1];
        var first = value[0] switch { 'X' => '0', 'Y' => '1', 'Z' => '2', var c => c };
        var n = 0;
        d[n++] = first;
        foreach (var c in value[1..^1])
        {
            if (char.IsAsciiDigit(c))
            {
                d[n++] = c;
            }
        }
        return n == 8 && Checksums.DniLetter(int.Parse(d)) == letter;
    }

    /// <summary>
    /// A real date (day + 60 for a coordination number) and the Luhn check over the last ten digits;
    /// written with its century (19801025-3477), a year from 1800 to 2099 and a date of that year.
    /// </summary>
    internal static bool SePersonnummer(ReadOnlySpan<char> value)
    {
        Span<char> d = stackalloc char[12];
        var n = Digits(value, d);
        var ten = d[(n - 10)..n];
        var month = int.Parse(ten[2..4]);
        var day = int.Parse(ten[4..6]);
        return month is >= 1 and <= 12 && (day is >= 1 and <= 31 || day is >= 61 and <= 91) && Checksums.Luhn(ten)
            && PersonnummerCentury(d[..n]);
    }

    /// <summary>
    /// The century of a personnummer written with twelve digits (YYYYMMDD-NNNC): the year is 18xx,
    /// 19xx or 20xx and the date a real one (a coordination number adds 60 to the day). Ten digits carry no century.
    /// </summary>
    public static bool PersonnummerCentury(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 12)
        {
            return digits.Length == 10;
        }
        var year = int.Parse(digits[..4]);
        var day = int.Parse(digits[6..8]);
        return year is >= 1800 and <= 2099 && IsDate(year, int.Parse(digits[4..6]), day > 60 ? day - 60 : day);
    }

    private static bool IsDate(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>The digits of <paramref name="value"/> copied into <paramref name="into"/>; their count, or one more than its length when they do not fit.</summary>
    internal static int Digits(ReadOnlySpan<char> value, Span<char> into)
    {
        var n = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                if (n == into.Length)
                {
                    return n + 1;
                }
                into[n++] = c;
            }
        }
        return n;
    }
}
