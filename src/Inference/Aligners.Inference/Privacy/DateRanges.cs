namespace Aligners.Inference.Privacy;

/// <summary>
/// A range of dates written the short way, its first day or day and month before a dash and the full date
/// after it: German <c>01.–31.10.2026</c>, <c>1.-15.3.2026</c>, <c>01.10.–31.10.2026</c>; French and Spanish
/// <c>01–31/10/2026</c>, <c>1-15/03/2026</c>; Dutch <c>1–15-3-2026</c>; or two full dates
/// (<c>01.10.2026–31.10.2026</c>). libphonenumber reads the digits and dashes as one number; a service
/// period or a booking's dates are no one's line. The token holding the candidate is read (digits, dots,
/// slashes and dashes, a space only beside a dash), at most <see cref="Reach"/> characters either side.
/// </summary>
internal static class DateRanges
{
    private const int Reach = 24;

    /// <summary>The candidate from <paramref name="start"/> to <paramref name="end"/> lies in a date range.</summary>
    public static bool Around(string text, int start, int end)
    {
        var from = start;
        while (from > 0 && start - from < Reach && InToken(text, from - 1))
        {
            from--;
        }
        var to = end;
        while (to < text.Length && to - end < Reach && InToken(text, to))
        {
            to++;
        }
        return IsRange(text.AsSpan(from, to - from).Trim(" .,;").ToString());
    }

    /// <summary>
    /// <paramref name="token"/> is a date range: split at one dash (an en or em dash or a hyphen), a full date after
    /// it, and before it a day (1-31, a dot after it or not), a day and month written with the date's own separator,
    /// or a full date.
    /// </summary>
    public static bool IsRange(string token)
    {
        for (var i = 1; i < token.Length - 1; i++)
        {
            if (token[i] is not ('–' or '—' or '-'))
            {
                continue;
            }
            var left = token[..i].Trim();
            var right = token[(i + 1)..].Trim();
            if (!PhoneShapes.IsDate(right))
            {
                continue;
            }
            // Each dash is tried as the range's: in 1-15-3-2026 the first is, the others the date's own.
            var separator = right.First(c => !char.IsAsciiDigit(c));
            if (PhoneShapes.IsDate(left) || IsDay(left, separator) || IsDayAndMonth(left, separator))
            {
                return true;
            }
        }
        return false;
    }

    // 1 to 31, as "01", "1" or "01." (German ordinal day).
    private static bool IsDay(string part, char separator)
    {
        var digits = part.EndsWith('.') ? part[..^1] : part;
        if (part.EndsWith('.') && separator != '.')
        {
            return false;
        }
        return digits.Length is 1 or 2 && digits.All(char.IsAsciiDigit) && int.Parse(digits) is >= 1 and <= 31;
    }

    // "01.10." or "01.10", "01/10", "1-10": a day and a month with the date's separator.
    private static bool IsDayAndMonth(string part, char separator)
    {
        var trimmed = part.EndsWith(separator) ? part[..^1] : part;
        var at = trimmed.IndexOf(separator);
        if (at is < 1 or > 2 || trimmed.Length - at - 1 is < 1 or > 2)
        {
            return false;
        }
        var (day, month) = (trimmed[..at], trimmed[(at + 1)..]);
        return day.All(char.IsAsciiDigit) && month.All(char.IsAsciiDigit) && int.Parse(day) is >= 1 and <= 31 && int.Parse(month) is >= 1 and <= 12;
    }

    private static bool InToken(string text, int i)
    {
        var c = text[i];
        if (char.IsAsciiDigit(c) || c is '.' or '/' or '-' or '–' or '—')
        {
            return true;
        }
        // A space counts only beside a dash: "01. – 31.10.2026".
        return c == ' ' && ((i > 0 && text[i - 1] is '–' or '—' or '-') || (i + 1 < text.Length && text[i + 1] is '–' or '—' or '-'));
    }
}
