using System.Globalization;
using System.Text.RegularExpressions;

namespace Aligners.Inference.Facts;

/// <summary>
/// Arithmetic, computed exactly: a question that is a sum, difference, product, quotient or
/// percentage is answered right when the answer's result (its last number) is the computed one; an
/// equation written in the answer ("17 × 23 = 381") is checked the same way.
/// </summary>
internal static partial class ArithmeticClaims
{
    private const string Source = "computed";
    private const string Number = @"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?";

    public static IEnumerable<FactFinding> Check(string prompt, string answer)
    {
        if (Question(prompt) is { } asked)
        {
            var numbers = ClaimText.Numbers(answer);
            if (numbers.Count == 0)
            {
                return [];
            }
            var expected = ClaimText.Format(asked.Value);
            if (numbers.Any(n => ClaimText.Agrees(n.Value, asked.Value, !n.Text.Contains('.'))) && ClaimText.Agrees(numbers[^1].Value, asked.Value, !numbers[^1].Text.Contains('.')))
            {
                return [new FactFinding("arithmetic", FactVerdicts.Confirmed, asked.Subject, expected, expected, Source)];
            }
            var claimed = numbers[^1];
            return [new FactFinding("arithmetic", FactVerdicts.Contradicted, asked.Subject, claimed.Text, expected, Source, claimed.Start)];
        }
        var findings = new List<FactFinding>();
        foreach (Match m in Equation().Matches(answer))
        {
            if (Compute(m.Groups["a"].Value, m.Groups["op"].Value, m.Groups["b"].Value) is { } value)
            {
                var claimed = Parse(m.Groups["c"].Value);
                var expected = ClaimText.Format(value);
                var subject = $"{m.Groups["a"].Value} {m.Groups["op"].Value} {m.Groups["b"].Value}";
                findings.Add(ClaimText.Agrees(claimed, value, !m.Groups["c"].Value.Contains('.'))
                    ? new FactFinding("arithmetic", FactVerdicts.Confirmed, subject, m.Groups["c"].Value, expected, Source)
                    : new FactFinding("arithmetic", FactVerdicts.Contradicted, subject, m.Groups["c"].Value, expected, Source, m.Groups["c"].Index));
            }
        }
        return findings;
    }

    private static (string Subject, double Value)? Question(string prompt)
    {
        if (Percent().Match(prompt) is { Success: true } p)
        {
            return ($"{p.Groups["p"].Value}% of {p.Groups["n"].Value}", Parse(p.Groups["p"].Value) * Parse(p.Groups["n"].Value) / 100);
        }
        if (AddWords().Match(prompt) is { Success: true } s)
        {
            return ($"{s.Groups["a"].Value} + {s.Groups["b"].Value}", Parse(s.Groups["a"].Value) + Parse(s.Groups["b"].Value));
        }
        if (SubtractFrom().Match(prompt) is { Success: true } d)
        {
            return ($"{d.Groups["b"].Value} - {d.Groups["a"].Value}", Parse(d.Groups["b"].Value) - Parse(d.Groups["a"].Value));
        }
        if (Operation().Match(prompt) is { Success: true } o && Compute(o.Groups["a"].Value, o.Groups["op"].Value, o.Groups["b"].Value) is { } v)
        {
            return ($"{o.Groups["a"].Value} {o.Groups["op"].Value} {o.Groups["b"].Value}", v);
        }
        return null;
    }

    private static double? Compute(string a, string op, string b)
    {
        var x = Parse(a);
        var y = Parse(b);
        return op.ToLowerInvariant() switch
        {
            "+" or "plus" => x + y,
            "-" or "−" or "minus" => x - y,
            "*" or "x" or "×" or "times" or "multiplied by" => x * y,
            "/" or "÷" or "divided by" or "over" when y != 0 => x / y,
            _ => null,
        };
    }

    private static double Parse(string raw) => double.Parse(raw.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<p>" + Number + @")\s*(?:%|percent|per cent)\s+of\s+(?<n>" + Number + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Percent();

    [GeneratedRegex(@"\b(?:add|sum of)\s+(?<a>" + Number + @")\s+(?:and|to|plus)\s+(?<b>" + Number + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex AddWords();

    [GeneratedRegex(@"\bsubtract\s+(?<a>" + Number + @")\s+from\s+(?<b>" + Number + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex SubtractFrom();

    [GeneratedRegex(@"(?<a>" + Number + @")\s*(?<op>\+|-|−|\*|×|x|/|÷|plus|minus|times|multiplied by|divided by|over)\s*(?<b>" + Number + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Operation();

    [GeneratedRegex(@"(?<a>" + Number + @")\s*(?<op>\+|-|−|\*|×|x|/|÷|plus|minus|times|multiplied by|divided by)\s*(?<b>" + Number + @")\s*(?:=|is|equals|makes|comes to|gives)\s*(?<c>" + Number + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Equation();
}
