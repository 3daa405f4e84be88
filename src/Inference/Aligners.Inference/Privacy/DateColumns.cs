namespace Aligners.Inference.Privacy;

/// <summary>
/// A date written as one run of eight digits (<c>YYYYMMDD</c>, a real date of 1900 to 2099) in a table's column whose
/// heading names a date (<c>signup_date</c>, <c>created date</c>, <c>Datum</c>, <c>fecha_alta</c>, <c>dob</c>): the heading
/// says what every cell holds, so the digits are no telephone number however a plan reads them. Asked by <see cref="PhoneDetector"/>.
/// </summary>
internal static class DateColumns
{
    private static readonly ContextWords DateWords = new(
        ["date", "datum", "fecha", "data", "dob", "birthday", "geburtsdatum", "geboortedatum"], insideIdentifiers: true);

    /// <summary><paramref name="raw"/> is an eight-digit date and <paramref name="heading"/> names a date.</summary>
    public static bool Holds(ReadOnlySpan<char> heading, ReadOnlySpan<char> raw) =>
        IsCompactDate(raw) && HeadingNamesDate(heading);

    private static bool HeadingNamesDate(ReadOnlySpan<char> heading)
    {
        // "signup_date", "date_created": an identifier's underscores split its words as spaces do.
        Span<char> words = heading.Length <= 128 ? stackalloc char[heading.Length] : new char[heading.Length];
        heading.CopyTo(words);
        words.Replace('_', ' ');
        return DateWords.Contains(words);
    }

    private static bool IsCompactDate(ReadOnlySpan<char> raw)
    {
        if (raw.Length != 8 || raw.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }
        int year = int.Parse(raw[..4]), month = int.Parse(raw[4..6]), day = int.Parse(raw[6..]);
        return year is >= 1900 and <= 2099 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }
}
