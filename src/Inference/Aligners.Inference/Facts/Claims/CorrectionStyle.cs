using System.Globalization;

namespace Aligners.Inference.Facts;

/// <summary>
/// Writes a correction the way the answer wrote the claim it replaces: a count written in words
/// ("three chambers") is corrected in words ("four"), a number with thousands separators
/// ("1,400") is corrected with them ("1,440"). A correction in another style than its sentence
/// reads as a second voice, and a reader looking for "four" or "1,440" does not find "4" or "1440".
/// </summary>
internal static class CorrectionStyle
{
    private static readonly string[] Words =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

    /// <summary>
    /// A whole count <paramref name="expected"/> in words where the count it replaces is written in
    /// words ("one", "a single", "no"), else in figures.
    /// </summary>
    public static string Count(string claimNumber, double expected, string figures) =>
        claimNumber.Any(char.IsLetter) && expected % 1 == 0 && expected >= 0 && expected < Words.Length
            ? char.IsUpper(claimNumber[0]) ? char.ToUpperInvariant(Words[(int)expected][0]) + Words[(int)expected][1..] : Words[(int)expected]
            : figures;

    /// <summary><paramref name="finding"/> with its expected value written in its claim's style, where it can be.</summary>
    public static FactFinding LikeClaim(FactFinding finding)
    {
        if (!finding.Correctable || !double.TryParse(finding.Expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return finding;
        }
        var claim = finding.Claim;
        var word = Array.FindIndex(Words, w => string.Equals(w, claim, StringComparison.OrdinalIgnoreCase));
        if (word >= 0 && value % 1 == 0 && value >= 0 && value < Words.Length)
        {
            var written = Words[(int)value];
            return finding with { Expected = char.IsUpper(claim[0]) ? char.ToUpperInvariant(written[0]) + written[1..] : written };
        }
        if (Grouped(claim) && Math.Abs(value) >= 1000)
        {
            var decimals = finding.Expected.IndexOf('.', StringComparison.Ordinal) is var dot and >= 0 ? finding.Expected.Length - dot - 1 : 0;
            var format = decimals == 0 ? "#,0" : "#,0." + new string('0', decimals);
            return finding with { Expected = value.ToString(format, CultureInfo.InvariantCulture) };
        }
        return finding;
    }

    /// <summary>Whether a number is written with a comma between groups of three digits ("1,400", "12,000.5").</summary>
    private static bool Grouped(string claim)
    {
        var comma = claim.IndexOf(',', StringComparison.Ordinal);
        return comma > 0 && char.IsDigit(claim[comma - 1])
            && claim.Length >= comma + 4 && char.IsDigit(claim[comma + 1]) && char.IsDigit(claim[comma + 2]) && char.IsDigit(claim[comma + 3])
            && (claim.Length == comma + 4 || !char.IsDigit(claim[comma + 4]));
    }
}
