namespace Aligners.Inference.Privacy;

/// <summary>
/// Shapes of case, file, account and reference numbers that libphonenumber may read as some
/// region's valid number: a number with its year after a slash (<c>58162012/2026</c>, how courts and
/// registries number files), dotted groups one of which is five digits or more (<c>4827.44.74585</c>,
/// an account number; no numbering plan groups a phone number so), and the tail of a longer run of
/// digit groups that the candidate does not start (<c>DE67 5001 0517 7362 4709 84</c>, read from
/// <c>7362</c>). Each reads the candidate and one or two characters before it.
/// </summary>
internal static class ReferenceShapes
{
    /// <summary>A file's number and its year: digits, '/', and a year from 1900 to 2099 ending the candidate.</summary>
    public static bool HasYearSuffix(string raw)
    {
        var slash = raw.LastIndexOf('/');
        return slash > 0 && raw.Length - slash == 5 && char.IsAsciiDigit(raw[slash - 1]) && IsYear(raw.AsSpan(slash + 1));
    }

    /// <summary>Digit groups split by dots alone, one of them five digits or more: an account or a file number, not a phone number.</summary>
    public static bool IsDottedReference(string raw)
    {
        if (!raw.Contains('.') || raw.Any(c => !char.IsAsciiDigit(c) && c != '.'))
        {
            return false;
        }
        return raw.Split('.').Any(g => g.Length >= 5);
    }

    /// <summary>
    /// The candidate at <paramref name="start"/> continues a run of digit groups it does not begin: a
    /// digit, or a group of letters and digits, stands a single space before it. A phone number
    /// written in groups is found from its first group; reading one from the middle of a longer
    /// grouped number (an IBAN, a reference) would report its tail.
    /// </summary>
    public static bool TailOfLongerNumber(string text, int start) =>
        start >= 2 && text[start - 1] == ' ' && char.IsAsciiDigit(text[start - 2]) && char.IsAsciiDigit(text[start]);

    private static bool IsYear(ReadOnlySpan<char> digits) =>
        digits.Length == 4 && !digits.ContainsAnyExceptInRange('0', '9') && (digits.StartsWith("19") || digits.StartsWith("20"));
}
