using System.Globalization;
using System.Text.RegularExpressions;

namespace Aligners.Inference.Facts;

/// <summary>
/// Unit and temperature conversions asked in the prompt, computed with UnitsNet (its units, names,
/// abbreviations and conversions; see <see cref="UnitCatalog"/>), and the boiling and freezing
/// points of water at sea level. The answer's value is a number written with the target unit, or
/// else any number, that is not a term of a calculation it shows; any that agrees confirms it.
/// </summary>
internal static partial class ConversionClaims
{
    private const string Source = "computed with UnitsNet 5.75.1 from the definitions of the units";
    private const string ConstantSource = "water at standard atmospheric pressure (101.325 kPa): boils at 100 °C, freezes at 0 °C";

    public static IEnumerable<FactFinding> Check(string prompt, string answer)
    {
        var finding = Water(prompt) is { } constant ? Judge("constant", constant.Subject, constant.Value, constant.Unit, answer, ConstantSource, rates: false)
            : Asked(prompt) is { } asked ? Judge("conversion", asked.Subject, asked.Value, asked.Unit, answer, Source, rates: asked.Amount != 1)
            : null;
        return finding is null ? [] : [finding];
    }

    private static FactFinding? Judge(string domain, string subject, double expected, UnitRef unit, string answer, string source, bool rates)
    {
        // An operand of a calculation the answer shows ("86,400 (24 × 60 × 60)") is not its value,
        // nor is the rate it converted with ("1 mile is about 1.609 km"), unless one unit is what
        // was asked; "2 hours 30 minutes" is one value.
        var numbers = WrittenQuantity.Read(answer)
            .Where(q => q.InRange && !Operand(answer, new WrittenNumber(q.Value, q.Start, q.Number))
                && !(rates && Rate().IsMatch(answer.AsSpan(Math.Max(0, q.Start - 40), Math.Min(40, q.Start)))))
            .ToList();
        var withUnit = numbers.Where(q => q.Units.Any(u => Same(u, unit))).ToList();
        var candidates = withUnit.Count > 0 ? withUnit : numbers;
        if (candidates.Count == 0)
        {
            return null;
        }
        // An answer that states the asked value anywhere is not contradicted by its other values in
        // the same unit: those describe other conditions ("at 3,000 m it boils at about 90 °C").
        if (candidates.FirstOrDefault(c => ClaimText.Agrees(c.Value, expected, c.Whole && !c.Compound)) is { Number: not null } right)
        {
            return new FactFinding(domain, FactVerdicts.Confirmed, subject, right.Number, ClaimText.Format(expected) + " " + unit.Name, source);
        }
        var claimed = candidates[^1];
        var written = claimed.Compound ? ClaimText.Format(expected) + " " + unit.Name : ClaimText.Format(expected);
        return new FactFinding(domain, FactVerdicts.Contradicted, subject, claimed.Number, written, source, claimed.Start);
    }

    /// <summary>
    /// Whether a number is a term of an expression the answer writes out: an operator stands right
    /// before it, or right after it and the unit word that may follow ("24 hours × 60").
    /// </summary>
    private static bool Operand(string text, WrittenNumber n)
    {
        var before = n.Start - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }
        if (before >= 0 && OperatorAt(text, before))
        {
            return true;
        }
        var after = Skip(text, n.Start + n.Text.Length, char.IsWhiteSpace);
        if (OperatorAt(text, after))
        {
            return true;
        }
        // After the unit word that may follow the number.
        return OperatorAt(text, Skip(text, Skip(text, after, char.IsLetter), char.IsWhiteSpace));
    }

    private static int Skip(string text, int at, Func<char, bool> skipped)
    {
        while (at < text.Length && skipped(text[at]))
        {
            at++;
        }
        return at;
    }

    /// <summary>
    /// An operator at <paramref name="at"/>; a hyphen or slash joined to a word ("km/h", "well-known")
    /// is none, nor is Markdown's emphasis ("**100 °C**").
    /// </summary>
    private static bool OperatorAt(string text, int at) =>
        at >= 0 && at < text.Length && (IsOperator(text[at]) || Times(text, at))
        && !(text[at] is '-' or '/' && at + 1 < text.Length && char.IsLetter(text[at + 1]))
        && !(text[at] == '*' && ((at > 0 && text[at - 1] == '*') || (at + 1 < text.Length && text[at + 1] == '*')));

    /// <summary>A letter x standing alone between spaces, as "24 x 60" writes times.</summary>
    private static bool Times(string text, int at) =>
        text[at] is 'x' or 'X' && at > 0 && text[at - 1] == ' ' && at + 1 < text.Length && text[at + 1] == ' ';

    private static bool IsOperator(char c) => c is '×' or '*' or '÷' or '+' or '−' or '/' or '-';

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

    private static (string Subject, double Value, UnitRef Unit, double Amount)? Asked(string prompt)
    {
        var m = HowMany().Match(prompt);
        string? fromText = null, toText = null;
        double amount = 1;
        var at = -1;
        if (m.Success)
        {
            toText = m.Groups["to"].Value;
            fromText = m.Groups["from"].Value;
            amount = m.Groups["n"].Success ? double.Parse(m.Groups["n"].Value.Replace(",", ""), CultureInfo.InvariantCulture) : 1;
            at = m.Groups["n"].Success ? m.Groups["n"].Index : -1;
        }
        else if (Convert().Match(prompt) is { Success: true } c)
        {
            fromText = c.Groups["from"].Value;
            toText = c.Groups["to"].Value;
            amount = double.Parse(c.Groups["n"].Value.Replace(",", ""), CultureInfo.InvariantCulture);
            at = c.Groups["n"].Index;
        }
        if (fromText is null || toText is null || !ClaimText.InRange(amount))
        {
            return null;
        }
        var fromUnits = UnitCatalog.Named(fromText);
        // "5 feet 9 inches in metres" asks for the whole, in the larger unit.
        if (WrittenQuantity.Read(prompt).FirstOrDefault(q => q.Compound && q.Start < at && at < q.End) is { Number: not null } whole)
        {
            (amount, fromUnits) = (whole.Value, whole.Units);
        }
        // The pair of units, one from each phrase, that measure the same quantity ("m" is a metre or a minute).
        var pair = fromUnits.SelectMany(f => UnitCatalog.Named(toText).Where(t => t.Quantity == f.Quantity && !Same(f, t)).Select(t => (From: f, To: t)))
            .FirstOrDefault();
        if (pair.From is null)
        {
            return null;
        }
        var value = pair.From.Convert(amount, pair.To);
        return value is { } v && ClaimText.InRange(v) ? ($"{ClaimText.Format(amount)} {pair.From.Name} in {pair.To.Name}", v, pair.To, amount) : null;
    }

    [GeneratedRegex(@"how many\s+(?<to>[\p{L}° ]+?)\s+(?:(?:are|is)\s+(?:there\s+)?(?:in\s+)?|(?:in|make up|make)\s+)(?:(?:a|an|one)\s+|(?<n>\d[\d,]*(?:\.\d+)?)\s*)(?<from>[\p{L}° ]+?)\s*(?:\?|$|\.)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex HowMany();

    [GeneratedRegex(@"(?<n>-?\d[\d,]*(?:\.\d+)?)\s*(?<from>(?:degrees?\s+)?[\p{L}°]+(?:\s[\p{L}]+)?)\s+(?:to|into|in)\s+(?<to>(?:degrees?\s+)?[\p{L}°]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Convert();

    /// <summary>The words before a number that make it a rate: one of a unit, then a verb ("1 lb ≈ ", "1 US gallon is about ").</summary>
    [GeneratedRegex(@"(?:^|[^\d.,])1\s*[\p{L}°]+(?:\s[\p{L}]+)?\.?\s*(?:=|≈|~|is|equals|is equal to)\s*(?:about|roughly|approximately|around|nearly|almost)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Rate();

    [GeneratedRegex(@"\bboil", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Boil();

    [GeneratedRegex(@"\bfreez", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Freeze();
}
