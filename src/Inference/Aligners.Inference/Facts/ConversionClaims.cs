using System.Globalization;
using System.Text.RegularExpressions;

namespace Aligners.Inference.Facts;

/// <summary>
/// Unit and temperature conversions, computed exactly (SI definitions of the units), and the
/// boiling and freezing points of water at sea level. The answer's value is the number written
/// with the target unit, or else its last number.
/// </summary>
internal static partial class ConversionClaims
{
    private const string Source = "computed from the SI definitions of the units";
    private const string ConstantSource = "water at standard atmospheric pressure (101.325 kPa): boils at 100 °C, freezes at 0 °C";

    private const RegexOptions UnitOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private sealed record Unit(string Dimension, double Factor, string Pattern)
    {
        /// <summary>The unit written right after a number ("450 metres"), matched at the start of what follows it.</summary>
        public Regex After { get; } = new(@"^\s*(?:" + Pattern + @")\b", UnitOptions);

        /// <summary>The unit as the whole of a phrase ("kilometres").</summary>
        public Regex Whole { get; } = new("^(?:" + Pattern + ")$", UnitOptions);

        /// <summary>The unit anywhere in a text.</summary>
        public Regex Anywhere { get; } = new(Pattern, UnitOptions);
    }

    private static readonly Dictionary<string, Unit> Units = new()
    {
        ["mm"] = new("length", 0.001, @"millimet(?:er|re)s?|mm"), ["cm"] = new("length", 0.01, @"centimet(?:er|re)s?|cm"),
        ["m"] = new("length", 1, @"met(?:er|re)s?|m"), ["km"] = new("length", 1000, @"kilomet(?:er|re)s?|km"),
        ["in"] = new("length", 0.0254, @"inch(?:es)?|in"), ["ft"] = new("length", 0.3048, @"foot|feet|ft"),
        ["yd"] = new("length", 0.9144, @"yards?|yd"), ["mi"] = new("length", 1609.344, @"miles?|mi"),
        ["mg"] = new("mass", 1e-6, @"milligrams?|mg"), ["g"] = new("mass", 0.001, @"grams?|g"), ["kg"] = new("mass", 1, @"kilograms?|kilos?|kg"),
        ["t"] = new("mass", 1000, @"tonnes?|metric tons?"), ["lb"] = new("mass", 0.45359237, @"pounds?|lbs?"), ["oz"] = new("mass", 0.028349523125, @"ounces?|oz"),
        ["ml"] = new("volume", 0.001, @"millilit(?:er|re)s?|ml"), ["l"] = new("volume", 1, @"lit(?:er|re)s?|l"), ["gal"] = new("volume", 3.785411784, @"(?:us )?gallons?|gal"),
        ["s"] = new("time", 1, @"seconds?|secs?"), ["min"] = new("time", 60, @"minutes?|mins?"), ["h"] = new("time", 3600, @"hours?|hrs?"),
        ["d"] = new("time", 86400, @"days?"), ["wk"] = new("time", 604800, @"weeks?"),
        ["C"] = new("temperature", 0, @"(?:degrees? )?(?:celsius|centigrade)|°\s?c"), ["F"] = new("temperature", 0, @"(?:degrees? )?fahrenheit|°\s?f"),
        ["K"] = new("temperature", 0, @"kelvins?"),
    };

    public static IEnumerable<FactFinding> Check(string prompt, string answer)
    {
        var finding = Water(prompt) is { } constant ? Judge("constant", constant.Subject, constant.Value, constant.Unit, answer, ConstantSource)
            : Asked(prompt) is { } asked ? Judge("conversion", asked.Subject, asked.Value, asked.Unit, answer, Source)
            : null;
        return finding is null ? [] : [finding];
    }

    private static FactFinding? Judge(string domain, string subject, double expected, string unit, string answer, string source)
    {
        var numbers = ClaimText.Numbers(answer);
        var withUnit = numbers.Where(n => Units[unit].After.IsMatch(answer.AsSpan(n.Start + n.Text.Length))).ToList();
        var written = ClaimText.Format(expected) + " " + UnitName(unit);
        var claimed = withUnit.Count > 0 ? withUnit[^1] : numbers.Count > 0 ? numbers[^1] : (WrittenNumber?)null;
        if (claimed is not { InRange: true } c)
        {
            return null;
        }
        return ClaimText.Agrees(c.Value, expected, !c.Text.Contains('.'))
            ? new FactFinding(domain, FactVerdicts.Confirmed, subject, c.Text, written, source)
            : new FactFinding(domain, FactVerdicts.Contradicted, subject, c.Text, ClaimText.Format(expected), source, c.Start);
    }

    private static (string Subject, double Value, string Unit)? Water(string prompt)
    {
        if (!ClaimText.Has(prompt, "water") || !ClaimText.HasAny(prompt, ["temperature", "point", "degrees", "how hot", "how cold", "celsius", "fahrenheit", "kelvin"]))
        {
            return null;
        }
        var unit = Units["F"].Anywhere.IsMatch(prompt) ? "F" : Units["K"].Anywhere.IsMatch(prompt) ? "K" : "C";
        double? celsius = Boil().IsMatch(prompt) ? 100 : Freeze().IsMatch(prompt) ? 0 : null;
        return celsius is { } t ? ($"the {(t == 100 ? "boiling" : "freezing")} point of water in {UnitName(unit)}", FromCelsius(t, unit), unit) : null;
    }

    private static (string Subject, double Value, string Unit)? Asked(string prompt)
    {
        var m = HowMany().Match(prompt);
        string? from = null, to = null;
        double amount = 1;
        if (m.Success)
        {
            to = UnitOf(m.Groups["to"].Value);
            from = UnitOf(m.Groups["from"].Value);
            amount = m.Groups["n"].Success ? double.Parse(m.Groups["n"].Value.Replace(",", ""), CultureInfo.InvariantCulture) : 1;
        }
        else if (Convert().Match(prompt) is { Success: true } c)
        {
            from = UnitOf(c.Groups["from"].Value);
            to = UnitOf(c.Groups["to"].Value);
            amount = double.Parse(c.Groups["n"].Value.Replace(",", ""), CultureInfo.InvariantCulture);
        }
        if (from is null || to is null || from == to || Units[from].Dimension != Units[to].Dimension || !ClaimText.InRange(amount))
        {
            return null;
        }
        var value = Units[from].Dimension == "temperature" ? FromCelsius(ToCelsius(amount, from), to) : amount * Units[from].Factor / Units[to].Factor;
        return ClaimText.InRange(value) ? ($"{ClaimText.Format(amount)} {UnitName(from)} in {UnitName(to)}", value, to) : null;
    }

    private static string? UnitOf(string written) =>
        Units.FirstOrDefault(u => u.Value.Whole.IsMatch(written.Trim())).Key;

    private static string UnitName(string unit) => unit switch { "C" => "°C", "F" => "°F", "K" => "K", _ => unit };

    private static double ToCelsius(double t, string unit) => unit switch { "F" => (t - 32) * 5 / 9, "K" => t - 273.15, _ => t };

    private static double FromCelsius(double t, string unit) => unit switch { "F" => t * 9 / 5 + 32, "K" => t + 273.15, _ => t };

    [GeneratedRegex(@"how many\s+(?<to>[\p{L}° ]+?)\s+(?:are\s+)?(?:there\s+)?(?:in|make up|make)\s+(?:(?:a|an|one)\s+|(?<n>\d[\d,]*(?:\.\d+)?)\s*)(?<from>[\p{L}° ]+?)\s*(?:\?|$|\.)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex HowMany();

    [GeneratedRegex(@"(?<n>-?\d[\d,]*(?:\.\d+)?)\s*(?<from>(?:degrees?\s+)?[\p{L}°]+(?:\s[\p{L}]+)?)\s+(?:to|into|in)\s+(?<to>(?:degrees?\s+)?[\p{L}°]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Convert();

    [GeneratedRegex(@"\bboil", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Boil();

    [GeneratedRegex(@"\bfreez", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Freeze();
}
