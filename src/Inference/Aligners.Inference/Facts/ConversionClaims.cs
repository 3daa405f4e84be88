using System.Globalization;
using System.Text.RegularExpressions;

namespace Aligners.Inference.Facts;

/// <summary>
/// Unit and temperature conversions asked in the prompt, computed with UnitsNet (its units, names,
/// abbreviations and conversions; see <see cref="UnitCatalog"/>), the source given as the prompt's
/// one quantity and asked of by "that" ("180 °C. What's that in Fahrenheit?"), and the boiling and freezing
/// points of water at sea level. The answer's value is a number written with the target unit, or
/// else any number, that is not a term of a calculation it shows; any that agrees confirms it. The
/// reading two temperature scales share ("−40" for Celsius and Fahrenheit) is found from the same conversions.
/// </summary>
internal static partial class ConversionClaims
{
    private const string Source = "computed with UnitsNet 5.75.1 from the definitions of the units";
    private const string ConstantSource = "water at standard atmospheric pressure (101.325 kPa): boils at 100 °C, freezes at 0 °C";

    public static IEnumerable<FactFinding> Check(string prompt, string answer)
    {
        var finding = Water(prompt) is { } constant ? Judge("constant", constant.Subject, constant.Value, constant.Unit, answer, ConstantSource, rates: false, amount: null)
            : Asked(prompt) is { } asked ? Judge("conversion", asked.Subject, asked.Value, asked.Unit, answer, Source, rates: asked.Amount != 1, amount: asked.Amount)
            : SameReading(prompt) is { } same ? JudgeSigned(same.Subject, same.Value, answer)
            : null;
        return finding is null ? [] : [finding];
    }

    private static readonly string[] Scales = ["celsius", "centigrade", "fahrenheit", "kelvin", "rankine"];

    /// <summary>
    /// The reading two temperature scales share, where the prompt asks for it ("where are Celsius and
    /// Fahrenheit the same?"): the fixed point of the conversion between them, found with the
    /// conversion itself (it is linear, so two of its values give it); none where the scales only differ by an offset.
    /// </summary>
    private static (string Subject, double Value)? SameReading(string prompt)
    {
        // A prompt with a number of its own compares given readings ("is 0 °C the same as 32 °F?").
        if (!SameCue().IsMatch(prompt) || prompt.Any(char.IsDigit)
            || !ClaimText.HasAny(prompt, ["temperature", "point", "where", "when", "what", "ever", "number", "value", "reading", "read", "degree", "degrees"]))
        {
            return null;
        }
        var scales = Scales.Where(s => ClaimText.Has(prompt, s)).Select(s => UnitCatalog.Named(s).FirstOrDefault(u => u.Quantity == "Temperature"))
            .OfType<UnitRef>().DistinctBy(u => u.Name).ToList();
        if (scales is not [var from, var to] || from.Convert(0, to) is not { } b || from.Convert(1, to) is not { } b1)
        {
            return null;
        }
        var slope = b1 - b;
        if (Math.Abs(1 - slope) < 1e-9)
        {
            return null;
        }
        return ($"the temperature at which {from.Name} and {to.Name} read the same", Math.Round(b / (1 - slope), 6));
    }

    /// <summary>
    /// A signed value: confirmed where any number of the answer, with its sign ("−40", "minus 40",
    /// "40 below zero"), agrees; else the first number that is no term of a calculation is
    /// contradicted, sign and all.
    /// </summary>
    private static FactFinding? JudgeSigned(string subject, double expected, string answer)
    {
        // Each number with where its minus sign stands (-1 for none) and its signed value.
        var numbers = ClaimText.Numbers(answer).Where(n => n.InRange)
            .Select(n => (Number: n, Sign: SignAt(answer, n), Value: n.Value))
            .Select(s => s with { Value = s.Sign >= 0 || Negative(answer, s.Number) ? -Math.Abs(s.Value) : Math.Abs(s.Value) }).ToList();
        if (numbers.Any(s => ClaimText.Agrees(s.Value, expected, !s.Number.Text.Contains('.'))))
        {
            return new FactFinding("conversion", FactVerdicts.Confirmed, subject, ClaimText.Format(expected), ClaimText.Format(expected), Source);
        }
        // The sign is part of the number, not an operator before it.
        var claimed = numbers.FirstOrDefault(s => !Operand(answer, s.Sign >= 0 ? new WrittenNumber(s.Value, s.Sign, answer[s.Sign..(s.Number.Start + s.Number.Text.Length)]) : s.Number));
        if (claimed.Number.Text is null)
        {
            return null;
        }
        var start = claimed.Sign >= 0 ? claimed.Sign : claimed.Number.Start;
        var claim = answer[start..(claimed.Number.Start + claimed.Number.Text.Length)];
        var written = ClaimText.Format(Math.Abs(expected));
        // Written the answer's way: with its minus sign where it has one; without one where the sign is
        // in words that stay ("minus 32", "32 below zero") and agrees.
        var expectedText = expected >= 0 ? written
            : claimed.Sign >= 0 ? answer[claimed.Sign] + written
            : claimed.Value < 0 ? written
            : "-" + written;
        return new FactFinding("conversion", FactVerdicts.Contradicted, subject, claim, expectedText, Source, start);
    }

    /// <summary>Where the minus sign written right before a number stands ("-40", "−40"), or -1; a hyphen joining a word ("F-32") is none.</summary>
    private static int SignAt(string text, WrittenNumber n)
    {
        if (n.Text[0] is '-' or '−' or '–')
        {
            return n.Start;
        }
        return n.Start > 0 && text[n.Start - 1] is '-' or '−' or '–' && (n.Start < 2 || !char.IsLetterOrDigit(text[n.Start - 2])) ? n.Start - 1 : -1;
    }

    /// <summary>Whether a number is written negative in words: "minus" or "negative" before it, "below zero" after it.</summary>
    private static bool Negative(string text, WrittenNumber n)
    {
        var before = text.AsSpan(0, n.Start).TrimEnd();
        var after = text.AsSpan(n.Start + n.Text.Length);
        return before.EndsWith("minus", StringComparison.OrdinalIgnoreCase) || before.EndsWith("negative", StringComparison.OrdinalIgnoreCase)
            || BelowZero().IsMatch(after);
    }

    private static FactFinding? Judge(string domain, string subject, double expected, UnitRef unit, string answer, string source, bool rates, double? amount)
    {
        // An operand of a calculation the answer shows ("86,400 (24 × 60 × 60)") is not its value,
        // nor is the rate it converted with ("1 mile is about 1.609 km"), unless one unit is what
        // was asked; "2 hours 30 minutes" is one value.
        var numbers = WrittenQuantity.Read(answer)
            .Where(q => q.InRange && !Operand(answer, new WrittenNumber(q.Value, q.Start, q.Number))
                && !(q.Units.Count == 0 && PronounNumbers.Holds(answer, q.Start, q.Number))
                && !(rates && Rate().IsMatch(answer.AsSpan(Math.Max(0, q.Start - 40), Math.Min(40, q.Start))))
                // "So a 10-mile run is roughly 16 km" converts ten miles, not the one asked.
                && !(amount is { } asked && OtherAmounts.Converts(answer, q.Start, unit, asked)))
            .ToList();
        var withUnit = numbers.Where(q => q.Units.Any(u => Same(u, unit))).ToList();
        // With no value in the asked unit, a value in another unit of its quantity ("24 hours in a
        // day", asked in minutes) is a step of the working, not the answer.
        var candidates = withUnit.Count > 0 ? withUnit : numbers.Where(q => !q.Units.Any(u => u.Quantity == unit.Quantity)).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }
        // An answer that states the asked value anywhere is not contradicted by its other values in
        // the same unit: those describe other conditions ("at 3,000 m it boils at about 90 °C").
        // A whole number may round the value, unless it rounds away more than 5% and is stated plainly:
        // "about 2 pounds" rounds a kilogram, "1 kg = 2 lb" is wrong.
        if (candidates.FirstOrDefault(c => ClaimText.Agrees(c.Value, expected, c.Whole && !c.Compound
                && (Math.Abs(c.Value - expected) <= Math.Abs(expected) * 0.05 || Hedged().IsMatch(answer.AsSpan(Math.Max(0, c.Start - 24), Math.Min(24, c.Start))))))
            is { Number: not null } right)
        {
            return new FactFinding(domain, FactVerdicts.Confirmed, subject, right.Number, ClaimText.Format(expected) + " " + unit.Name, source);
        }
        var claimed = candidates[^1];
        // A constant is a defined value and is written whole (273.15 K, not 273.2): a correction
        // that rounds it states a second figure the reader may take for the constant.
        var value = domain == "constant" ? expected.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : ClaimText.Format(expected);
        var written = claimed.Compound ? value + " " + unit.Name : value;
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
        IReadOnlyList<UnitRef>? given = null;
        if (fromText is null && Referred().Match(prompt) is { Success: true } r
            && WrittenQuantity.Read(prompt).Where(q => q.Units.Count > 0 && q.InRange).ToList() is [var only])
        {
            // "The recipe says 180°C. What's that in Fahrenheit?": the one quantity the prompt gives.
            (given, amount, toText, at) = (only.Units, only.Value, r.Groups["to"].Value, only.Start);
        }
        if ((fromText is null && given is null) || toText is null || !ClaimText.InRange(amount))
        {
            return null;
        }
        var fromUnits = given ?? UnitCatalog.Named(fromText!);
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

    // "what's that in Fahrenheit", "how much is this in grams", "convert it to miles".
    [GeneratedRegex(@"\b(?:what's|whats|what is|how much is|how many is|how far is|how long is|convert)\s+(?:that|this|it)\s+(?:in|to|into)\s+(?<to>(?:degrees?\s+)?[\p{L}°]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Referred();

    [GeneratedRegex(@"(?<n>-?\d[\d,]*(?:\.\d+)?)\s*(?<from>(?:degrees?\s+)?[\p{L}°]+(?:\s[\p{L}]+)?)\s+(?:to|into|in)\s+(?<to>(?:degrees?\s+)?[\p{L}°]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Convert();

    /// <summary>The words before a number that make it a rate: one of a unit, then a verb ("1 lb ≈ ", "1 US gallon is about ").</summary>
    [GeneratedRegex(@"\b(?:about|around|roughly|approximately|approx\.?|nearly|almost|just over|just under|close to|some|over|under|more than|less than|at least)\s*$|[~≈]\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Hedged();

    [GeneratedRegex(@"(?:^|[^\d.,])1\s*[\p{L}°]+(?:\s[\p{L}]+)?\.?\s*(?:=|≈|~|is|equals|is equal to)\s*(?:about|roughly|approximately|around|nearly|almost)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Rate();

    [GeneratedRegex(@"\b(?:same|equal|identical|match|matches|meet|meets|cross|crosses|coincide|intersect|agree)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex SameCue();

    [GeneratedRegex(@"^\s*(?:°|degrees?)?\s*(?:[a-z]\b\s*|celsius\s*|fahrenheit\s*)?below(?: zero| freezing)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex BelowZero();

    [GeneratedRegex(@"\bboil", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Boil();

    [GeneratedRegex(@"\bfreez", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Freeze();
}
