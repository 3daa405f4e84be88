namespace Aligners.Inference.Privacy;

/// <summary>
/// A US taxpayer identification number's label right before an SSN ("TIN: ", "TIN (social): ",
/// "Taxpayer Identification Number: "), as a W-9 or a vendor record writes it. A TIN is an SSN or an
/// EIN (12-3456789); only a value in the SSN's own groups (123-45-6789) is read as an SSN, still by its
/// issuance rules, since nine bare digits after "TIN" may be either. Reads one bounded window before the value.
/// </summary>
internal static class TaxpayerLabels
{
    private const int Reach = 48;

    private static readonly ContextWords Labels = new(
        "tin", "tin (social)", "tin (ssn)", "tin/ssn", "ssn/tin", "taxpayer identification number", "taxpayer identification no",
        "taxpayer id", "taxpayer id number", "taxpayer id no", "taxpayer number", "us tin", "u.s. tin");

    /// <summary>A taxpayer number's label ends right before <paramref name="at"/> on its line, and the value is written in the SSN's groups.</summary>
    public static bool Name(string text, int at, int length)
    {
        var from = at;
        while (from > 0 && at - from < Reach && text[from - 1] != '\n')
        {
            from--;
        }
        var window = text.AsSpan(from, at - from).TrimEnd(" \t\"':=-#|,.");
        return !window.IsEmpty && Labels.LastEnd(window) == window.Length && IsSsnGrouped(text.AsSpan(at, length));
    }

    /// <summary>Nine digits in the SSN's groups of three, two and four, joined by dashes or spaces.</summary>
    private static bool IsSsnGrouped(ReadOnlySpan<char> value) =>
        value.Length == 11 && value[3] == value[6] && value[3] is '-' or ' ';
}
