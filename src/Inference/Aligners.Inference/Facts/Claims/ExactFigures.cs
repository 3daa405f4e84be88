namespace Aligners.Inference.Facts;

/// <summary>
/// A figure the answer says is exact ("exactly 299,792,548 m/s"): it claims every digit written,
/// so it may be off by half a unit of its last digit at most, however rounded a figure the
/// measure otherwise allows.
/// </summary>
internal static class ExactFigures
{
    /// <summary>
    /// How far a written value may be from the measure's: the measure's own tolerance for a rounded
    /// figure, but half a unit of the last digit written where the answer says "exactly" ("exactly
    /// 299,792,548 m/s" claims every digit; "about 300,000 km/s" only the first).
    /// </summary>
    public static double Tolerance(string folded, WrittenQuantity written, MeasureFact measure)
    {
        if (measure.Tolerance == 0 || !Exactly(folded, written.Start))
        {
            return measure.Tolerance;
        }
        var digits = written.Number.Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).TrimStart('-', '−', '+');
        var point = digits.IndexOf('.');
        // A whole number's trailing zeros may be rounding ("exactly 300,000" is read to the hundred thousand).
        var unit = point >= 0 ? Math.Pow(10, -(digits.Length - point - 1)) : Math.Pow(10, digits.Length - digits.TrimEnd('0').Length);
        return double.TryParse(digits, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number) && number != 0
            ? Math.Min(measure.Tolerance, unit / 2 / Math.Abs(number))
            : measure.Tolerance;
    }

    /// <summary>Whether "exactly" (or "precisely") stands right before the number that starts at <paramref name="start"/>.</summary>
    private static bool Exactly(string folded, int start)
    {
        var before = folded.AsSpan(0, Math.Min(start, folded.Length)).TrimEnd(' ').TrimEnd('−').TrimEnd('-').TrimEnd(' ');
        return before.EndsWith("exactly", StringComparison.Ordinal) || before.EndsWith("precisely", StringComparison.Ordinal);
    }
}
