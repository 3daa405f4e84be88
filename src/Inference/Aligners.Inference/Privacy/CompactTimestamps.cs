namespace Aligners.Inference.Privacy;

/// <summary>
/// A date and time written as one run of digits (<c>YYYYMMDDhhmm</c> or <c>YYYYMMDDhhmmss</c>), as build ids,
/// migrations and commit logs stamp things (<c>20250317142509</c>): a real date of 1970 to 2099 and a real
/// time of day. Twelve or fourteen digits read so are a moment, not a telephone number, whatever word stands near.
/// </summary>
internal static class CompactTimestamps
{
    /// <summary>Whether <paramref name="raw"/>, brackets aside, is such a timestamp.</summary>
    public static bool Is(ReadOnlySpan<char> raw)
    {
        raw = raw.Trim("()");
        if (raw.Length is not (12 or 14))
        {
            return false;
        }
        foreach (var c in raw)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        int year = int.Parse(raw[..4]), month = int.Parse(raw[4..6]), day = int.Parse(raw[6..8]);
        int hour = int.Parse(raw[8..10]), minute = int.Parse(raw[10..12]), second = raw.Length == 14 ? int.Parse(raw[12..14]) : 0;
        return year is >= 1970 and <= 2099 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            && hour < 24 && minute < 60 && second < 60;
    }
}
