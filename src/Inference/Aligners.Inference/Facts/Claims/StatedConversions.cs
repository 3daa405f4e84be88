using System.Text.RegularExpressions;

namespace Aligners.Inference.Facts;

/// <summary>
/// A quantity in one unit stated as so much of another: "5 miles is roughly 8 km", "10 km (6.2
/// miles)", "a rise of 10 °C (18 °F)". Read by <see cref="ArithmeticStatements"/>, with its links
/// and its allowance for rounding.
/// </summary>
internal static partial class StatedConversions
{
    private const string Source = "computed with UnitsNet 5.75.1 from the definitions of the units";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    public static IEnumerable<FactFinding> Check(string answer, List<WrittenQuantity> quantities)
    {
        for (var i = 0; i + 1 < quantities.Count; i++)
        {
            var (a, b) = (quantities[i], quantities[i + 1]);
            if (a.Units.Count == 0 || b.Units.Count == 0 || !a.InRange || !b.InRange || b.Start < a.End)
            {
                continue;
            }
            var between = ArithmeticStatements.Link().Match(answer[a.End..b.Start]);
            if (!between.Success)
            {
                continue;
            }
            // "86°F = 30°C, 212°F = 100°C": a bare comma separates the items of a list.
            if (between.Value.Trim() is "," or "")
            {
                continue;
            }
            // "from 4 hours to 30 minutes" is a change or a range, not the first value's equivalent.
            if (between.Value.Trim() == "to" && answer[..a.Start].TrimEnd().EndsWith("from", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var pair = a.Units.SelectMany(u => b.Units.Where(v => v.Quantity == u.Quantity).Select(v => (From: u, To: v))).FirstOrDefault();
            if (pair.From is null || pair.From.Name == pair.To.Name || pair.From.Convert(a.Value, pair.To) is not { } value || !ClaimText.InRange(value))
            {
                continue;
            }
            // A rise or a gap of 10 °C is 18 °F, not 50 °F: a difference converts without the scales' offset.
            if (pair.From.Quantity == "Temperature" && TemperatureChange(answer, a, b) && pair.From.Convert(0, pair.To) is { } zero)
            {
                value -= zero;
            }
            // A bracket that opens a statement of its own ("16.1 km (1 mile is about 1.609 km)") gives
            // the rate the answer used, not the first value's equivalent.
            if (between.Value.Contains('(') && i + 2 < quantities.Count && StartsStatement(answer, b, quantities[i + 2]))
            {
                continue;
            }
            // A value in brackets after another ("200 °C (400 °F)") is a rounded equivalent.
            var approx = between.Groups["approx"].Success || between.Value.Contains('(') || between.Value.Contains('≈') || between.Value.Contains('~');
            var subject = $"{a.Number} {pair.From.Name} in {pair.To.Name}";
            // A compound claim ("3 hours 30 minutes") is replaced whole, so its right value carries the unit.
            var expected = b.Compound ? $"{ClaimText.Format(value)} {pair.To.Name}" : ClaimText.Format(value);
            // A whole number may round the value where it is approximate or rounds away 5% at most:
            // "1 kg = 2 lb" is no rounding of 2.2 lb.
            var rounds = b.Whole && !b.Compound && (approx || Math.Abs(b.Value - value) <= Math.Abs(value) * 0.05);
            if (ArithmeticStatements.Agrees(b.Value, value, rounds, approx))
            {
                yield return new FactFinding("conversion", FactVerdicts.Confirmed, subject, b.Number, expected, Source);
            }
            // "−237.15 °C (0 K)": where the equivalent is a fixed point of its scale (absolute zero,
            // water's freezing and boiling) and the first value is none, the first value is the slip.
            else if (!b.Compound && pair.From.Quantity == "Temperature" && !TemperatureChange(answer, a, b)
                && FixedPoint(b.Value, pair.To) && !FixedPoint(a.Value, pair.From) && pair.To.Convert(b.Value, pair.From) is { } back)
            {
                yield return new FactFinding("conversion", FactVerdicts.Contradicted, $"{b.Number} {pair.To.Name} in {pair.From.Name}", a.Number,
                    ClaimText.FormatLike(back, a.Number), Source, a.Start);
            }
            else
            {
                yield return new FactFinding("conversion", FactVerdicts.Contradicted, subject, b.Number, expected, Source, b.Start);
            }
        }
    }

    /// <summary>The fixed points of the temperature scales, in kelvins: absolute zero, water's freezing and boiling points.</summary>
    private static readonly double[] FixedKelvins = [0, 273.15, 373.15];

    /// <summary>Whether a temperature is one of the scales' fixed points, as written in its own unit.</summary>
    private static bool FixedPoint(double value, UnitRef unit) =>
        UnitCatalog.Named("K").FirstOrDefault(u => u.Quantity == "Temperature") is { } kelvin
        && unit.Convert(value, kelvin) is { } k && FixedKelvins.Any(f => Math.Abs(k - f) < 0.01);

    /// <summary>
    /// Whether a pair of temperatures states a difference: "rise by around 10 °C (about 18 °F)", "a
    /// drop of 5 °C", "5 °C (9 °F) warmer".
    /// </summary>
    private static bool TemperatureChange(string answer, WrittenQuantity a, WrittenQuantity b) =>
        ChangeBefore().IsMatch(answer.AsSpan(Math.Max(0, a.Start - 40), Math.Min(40, a.Start)))
        || ChangeAfter().IsMatch(answer.AsSpan(b.End, Math.Min(24, answer.Length - b.End)));

    [GeneratedRegex(@"(?:\b(?:by|rise of|rises of|increase of|drop of|fall of|difference of|change of|swing of|gap of)\s+(?:up to\s+|as much as\s+|about\s+|around\s+|roughly\s+|approximately\s+|nearly\s+|almost\s+|some\s+|over\s+|another\s+)?|\b(?:extra|further|additional)\s+)$", Options)]
    private static partial Regex ChangeBefore();

    [GeneratedRegex(@"^\)?\s*(?:warmer|hotter|cooler|colder|higher|lower|more|less|above (?:normal|average)|below (?:normal|average))\b", Options)]
    private static partial Regex ChangeAfter();

    /// <summary>Whether a quantity is the left side of a conversion it states itself: a verb, then a quantity of the same kind.</summary>
    private static bool StartsStatement(string answer, WrittenQuantity b, WrittenQuantity next)
    {
        if (next.Start < b.End || next.Units.Count == 0 || !b.Units.Any(u => next.Units.Any(v => v.Quantity == u.Quantity)))
        {
            return false;
        }
        var link = ArithmeticStatements.Link().Match(answer[b.End..next.Start]);
        return link.Success && link.Value.Trim().Length > 0 && !link.Value.Contains('(');
    }
}
