using System.Globalization;

namespace Aligners.Inference.Facts;

/// <summary>
/// A rounding of a value the checker replaced, said later in its sentence ("3.3, usually rounded
/// to 3"): made of the wrong value, it is redone from the right one to the same number of
/// decimals ("rounded up to" and "down to" round that way), and kept where it already fits.
/// </summary>
internal static class RoundedMentions
{
    private static readonly string[] Openers = ["rounded up to ", "rounded down to ", "rounded to ", "rounds to ", "round it to ", "rounded off to "];

    /// <summary>The rounding's new number, or null when the sentence rounds nothing or the rounding fits the right value.</summary>
    public static TextEdit? Find(string text, ReplacedValue value)
    {
        if (FirstNumber(value.Expected) is not { } right)
        {
            return null;
        }
        var (_, terminator, _) = SentenceOf.At(text, value.Start);
        foreach (var opener in Openers)
        {
            var at = value.End < terminator ? text.IndexOf(opener, value.End, terminator - value.End, StringComparison.OrdinalIgnoreCase) : -1;
            if (at < 0)
            {
                continue;
            }
            var from = at + opener.Length;
            var numbers = ClaimText.Numbers(text[from..terminator]);
            if (numbers.Count == 0 || numbers[0].Start != 0)
            {
                return null;
            }
            var written = numbers[0].Text;
            var decimals = written.Contains('.', StringComparison.Ordinal) ? written.Length - written.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
            var scale = Math.Pow(10, decimals);
            var rounded = opener.Contains("up", StringComparison.Ordinal) ? Math.Ceiling(right * scale) / scale
                : opener.Contains("down", StringComparison.Ordinal) ? Math.Floor(right * scale) / scale
                : Math.Round(right, decimals, MidpointRounding.AwayFromZero);
            if (Math.Abs(rounded - numbers[0].Value) < 1e-9)
            {
                return null;
            }
            return new TextEdit(from, from + written.Length, rounded.ToString("F" + decimals, CultureInfo.InvariantCulture), $"rounded {value.Claim}");
        }
        return null;
    }

    private static double? FirstNumber(string value)
    {
        var numbers = ClaimText.Numbers(value);
        return numbers.Count > 0 ? numbers[0].Value : null;
    }
}
