using System.Globalization;
using System.Text.RegularExpressions;

namespace Aligners.Inference.Facts;

/// <summary>
/// Unit and temperature conversions asked in the prompt, computed with UnitsNet (its units, names,
/// abbreviations and conversions; see <see cref="UnitCatalog"/>), and the boiling and freezing
/// points of water at sea level. The answer's value is the number written
/// with the target unit, or else its last number.
/// </summary>
internal static partial class ConversionClaims
{
    private const string Source = "computed with UnitsNet 5.75.1 from the definitions of the units";
    private const string ConstantSource = "water at standard atmospheric pressure (101.325 kPa): boils at 100 °C, freezes at 0 °C";

    public static IEnumerable<FactFinding> Check(string prompt, string answer)
    {
        var finding = Water(prompt) is { } constant ? Judge("constant", constant.Subject, constant.Value, constant.Unit, answer, ConstantSource)
            : Asked(prompt) is { } asked ? Judge("conversion", asked.Subject, asked.Value, asked.Unit, answer, Source)
            : null;
        return finding is null ? [] : [finding];
    }

    private static FactFinding? Judge(string domain, string subject, double expected, UnitRef unit, string answer, string source)
    {
        var numbers = ClaimText.Numbers(answer);
        var withUnit = numbers.Where(n => UnitCatalog.After(answer, n.Start + n.Text.Length).Units.Any(u => Same(u, unit))).ToList();
        var written = ClaimText.Format(expected) + " " + unit.Name;
        var claimed = withUnit.Count > 0 ? withUnit[^1] : numbers.Count > 0 ? numbers[^1] : (WrittenNumber?)null;
        if (claimed is not { InRange: true } c)
        {
            return null;
        }
        return ClaimText.Agrees(c.Value, expected, !c.Text.Contains('.'))
            ? new FactFinding(domain, FactVerdicts.Confirmed, subject, c.Text, written, source)
            : new FactFinding(domain, FactVerdicts.Contradicted, subject, c.Text, ClaimText.Format(expected), source, c.Start);
    }

    private static bool Same(UnitRef a, UnitRef b) => a.Quantity == b.Quantity && Equals(a.Unit, b.Unit) && Equals(a.Length, b.Length) && Equals(a.Duration, b.Duration);

    private static (string Subject, double Value, UnitRef Unit)? Water(string prompt)
    {
        if (!ClaimText.Has(prompt, "water") || !ClaimText.HasAny(prompt, ["temperature", "point", "degrees", "how hot", "how cold", "celsius", "fahrenheit", "kelvin"]))
        {
            return null;
        }
        var folded = FoldedText.Fold(prompt);
        var celsiusUnit = UnitCatalog.Named("°C")[0];
        var unit = folded.Contains("fahrenheit", StringComparison.Ordinal) || folded.Contains("°f", StringComparison.Ordinal) ? UnitCatalog.Named("°F")[0]
            : ClaimText.Has(prompt, "kelvin") ? UnitCatalog.Named("K")[0]
            : celsiusUnit;
        double? celsius = Boil().IsMatch(prompt) ? 100 : Freeze().IsMatch(prompt) ? 0 : null;
        return celsius is { } t ? ($"the {(t == 100 ? "boiling" : "freezing")} point of water in {unit.Name}", celsiusUnit.Convert(t, unit)!.Value, unit) : null;
    }

    private static (string Subject, double Value, UnitRef Unit)? Asked(string prompt)
    {
        var m = HowMany().Match(prompt);
        string? fromText = null, toText = null;
        double amount = 1;
        if (m.Success)
        {
            toText = m.Groups["to"].Value;
            fromText = m.Groups["from"].Value;
            amount = m.Groups["n"].Success ? double.Parse(m.Groups["n"].Value.Replace(",", ""), CultureInfo.InvariantCulture) : 1;
        }
        else if (Convert().Match(prompt) is { Success: true } c)
        {
            fromText = c.Groups["from"].Value;
            toText = c.Groups["to"].Value;
            amount = double.Parse(c.Groups["n"].Value.Replace(",", ""), CultureInfo.InvariantCulture);
        }
        if (fromText is null || toText is null || !ClaimText.InRange(amount))
        {
            return null;
        }
        // The pair of units, one from each phrase, that measure the same quantity ("m" is a metre or a minute).
        var pair = UnitCatalog.Named(fromText).SelectMany(f => UnitCatalog.Named(toText).Where(t => t.Quantity == f.Quantity && !Same(f, t)).Select(t => (From: f, To: t)))
            .FirstOrDefault();
        if (pair.From is null)
        {
            return null;
        }
        var value = pair.From.Convert(amount, pair.To);
        return value is { } v && ClaimText.InRange(v) ? ($"{ClaimText.Format(amount)} {pair.From.Name} in {pair.To.Name}", v, pair.To) : null;
    }

    [GeneratedRegex(@"how many\s+(?<to>[\p{L}° ]+?)\s+(?:are\s+)?(?:there\s+)?(?:in|make up|make)\s+(?:(?:a|an|one)\s+|(?<n>\d[\d,]*(?:\.\d+)?)\s*)(?<from>[\p{L}° ]+?)\s*(?:\?|$|\.)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex HowMany();

    [GeneratedRegex(@"(?<n>-?\d[\d,]*(?:\.\d+)?)\s*(?<from>(?:degrees?\s+)?[\p{L}°]+(?:\s[\p{L}]+)?)\s+(?:to|into|in)\s+(?<to>(?:degrees?\s+)?[\p{L}°]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Convert();

    [GeneratedRegex(@"\bboil", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Boil();

    [GeneratedRegex(@"\bfreez", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Freeze();
}
