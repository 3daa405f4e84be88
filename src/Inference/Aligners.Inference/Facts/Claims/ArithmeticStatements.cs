using System.Globalization;
using System.Text.RegularExpressions;

namespace Aligners.Inference.Facts;

/// <summary>
/// Arithmetic the answer states, whatever the question and the wording around it: expressions of
/// any length ("24 × 60 × 60 = 86,400", "17 times 23 is about 391"), percentages ("15% of 80 is
/// 12", "a 15% tip on $80 comes to $12", "20% off $50 is $40", "$50 increased by 10% is $55"),
/// chains of them (a tip, then the total, then each person's share of a split), and conversions
/// between units ("5 miles is roughly 8 km", "100 °F works out to about 38 °C", "10 km (6.2 miles)").
/// "About", "roughly" and their kin allow 5%; otherwise a result may be rounded to a whole number or 1%.
/// </summary>
internal static partial class ArithmeticStatements
{
    private const string Source = "computed";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;
    private const string N = @"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?";
    private const string Verb = @"(?:=|(?<approxverb>≈|~)|is|are|equals|equal to|is equal to|makes|comes to|come to|comes out to|works out to|work out to|gives|gives you|that's|that is|which is|would be|will be|becomes|totals|you get|you'd pay|you pay|leaves|leaves you with)";
    private const string Approx = @"(?<approx>about|roughly|approximately|around|nearly|almost|just under|just over|close to|~|≈)?";
    // A result set in bold or italics ("= **£88**") is read as the same result.
    private const string Money = @"(?:\*{1,2}|_{2})?[$€£]?";

    public static IEnumerable<FactFinding> Check(string answer) => Check(answer, WrittenQuantity.Read(answer));

    /// <summary>The statements of <paramref name="answer"/>, with its numbers already read.</summary>
    public static IEnumerable<FactFinding> Check(string answer, List<WrittenQuantity> quantities)
    {
        answer = Unbracketed(answer);
        var findings = new List<FactFinding?>();
        var events = new List<(int At, string Kind, double Value, double Extra)>();
        foreach (var m in Expression().Matches(answer).Cast<Match>())
        {
            var expression = Extended(answer, m.Groups["e"].Index, m.Groups["e"].Value);
            // An operator before the expression joins it to a term not read ("37 °C × 9/5 + 32", "−40 × 9/5"):
            // the part read is not the whole sum.
            var before = answer.AsSpan(0, m.Groups["e"].Index + m.Groups["e"].Length - expression.Length).TrimEnd();
            if (before.Length > 0 && before[^1] is '+' or '-' or '−' or '*' or '×' or '/' or '÷' && !Bullet(before))
            {
                continue;
            }
            if (Evaluate(expression) is { } value)
            {
                // A blanked bracket leaves two spaces: the subject reads with one.
                findings.Add(Judge(answer, "arithmetic", string.Join(' ', expression.Split(' ', StringSplitOptions.RemoveEmptyEntries)), m.Groups["c"], value, Approximate(m), Source, exact: true));
                events.Add((m.Index, "value", value, 0));
            }
        }
        foreach (var m in PercentOf().Matches(answer).Cast<Match>())
        {
            var (p, n) = (Parse(m.Groups["p"].Value), Parse(m.Groups["n"].Value));
            var part = p * n / 100;
            findings.Add(Judge(answer, "arithmetic", $"{m.Groups["p"].Value}% of {m.Groups["n"].Value}", m.Groups["c"], part, Approximate(m), Source));
            if (m.Groups["kind"].Success)
            {
                var sign = Regex.IsMatch(m.Groups["kind"].Value, "discount|off", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking) ? -1 : 1;
                events.Add((m.Index, "part", n, sign * part));
            }
        }
        foreach (var m in PercentOff().Matches(answer).Cast<Match>())
        {
            var (p, n, c) = (Parse(m.Groups["p"].Value), Parse(m.Groups["n"].Value), Parse(m.Groups["c"].Value));
            var part = p * n / 100;
            // "20% off $50 is $40" states the price; "is $10" the saving: either is right.
            var value = ClaimText.Agrees(c, part, true) ? part : n - part;
            findings.Add(Judge(answer, "arithmetic", $"{m.Groups["p"].Value}% off {m.Groups["n"].Value}", m.Groups["c"], value, Approximate(m), Source));
        }
        foreach (var m in Changed().Matches(answer).Cast<Match>())
        {
            var (n, p) = (Parse(m.Groups["n"].Value), Parse(m.Groups["p"].Value));
            var up = !Regex.IsMatch(m.Groups["dir"].Value, "decreas|reduc|down|cut|drop|fall|lower", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);
            var value = n * (1 + (up ? p : -p) / 100);
            findings.Add(Judge(answer, "arithmetic", $"{m.Groups["n"].Value} {(up ? "increased" : "decreased")} by {m.Groups["p"].Value}%", m.Groups["c"], value, Approximate(m), Source));
        }
        findings.AddRange(Chains(answer, events));
        findings.AddRange(StatedConversions.Check(answer, quantities));
        return findings.OfType<FactFinding>();
    }

    /// <summary>
    /// A tip, tax or discount followed by the total, and a total followed by a split: the total is
    /// the base with the part added (or taken off), each share the total over the number of people.
    /// </summary>
    private static IEnumerable<FactFinding?> Chains(string answer, List<(int At, string Kind, double Value, double Extra)> events)
    {
        var totals = Total().Matches(answer).Cast<Match>().ToList();
        var splits = Split().Matches(answer).Cast<Match>().ToList();
        double? total = null;
        foreach (var t in totals)
        {
            var part = events.Where(e => e.Kind == "part" && e.At < t.Index).Select(e => ((double Base, double Part)?)(e.Value, e.Extra)).LastOrDefault();
            if (part is { } p)
            {
                var expected = p.Base + p.Part;
                yield return Judge(answer, "arithmetic", $"the total of {ClaimText.Format(p.Base)} and {ClaimText.Format(Math.Abs(p.Part))}", t.Groups["c"], expected, Approximate(t), Source);
                total = expected;
            }
            else
            {
                total = Parse(t.Groups["c"].Value);
            }
        }
        foreach (var s in splits)
        {
            var people = Count(s.Groups["k"].Value);
            var over = totals.Where(t => t.Index < s.Index).Select(t => (double?)Parse(t.Groups["c"].Value)).LastOrDefault();
            var basis = s.Groups["n"].Success ? Parse(s.Groups["n"].Value) : total ?? over;
            if (people is > 0 && basis is { } b)
            {
                yield return Judge(answer, "arithmetic", $"{ClaimText.Format(b)} split {people} ways", s.Groups["c"], b / people.Value, Approximate(s), Source);
            }
        }
    }

    /// <summary>
    /// <paramref name="expression"/> with the terms written before it that the match left out
    /// ("24 × " before "60 × 60 = 3,600"): the engine may start a match at a later term.
    /// </summary>
    private static string Extended(string answer, int start, string expression)
    {
        while (LeadingTerm().Match(answer[Math.Max(0, start - 40)..start]) is { Success: true } lead)
        {
            start -= lead.Length;
            expression = lead.Value + expression;
        }
        return expression;
    }

    /// <summary>
    /// <paramref name="answer"/> with the brackets around a product or quotient of two numbers
    /// blanked ("(24 × 20) + (24 × 4)" reads "24 × 20 + 24 × 4"), which the order of operations
    /// makes redundant, unless a division or a multiplication stands before them ("10 / (2 × 5)").
    /// Every other character keeps its place, so positions in the result are positions in the answer.
    /// </summary>
    private static string Unbracketed(string answer)
    {
        if (!answer.Contains('('))
        {
            return answer;
        }
        var chars = answer.ToCharArray();
        foreach (var m in Bracketed().Matches(answer).Cast<Match>())
        {
            var before = answer.AsSpan(0, m.Index).TrimEnd();
            if (before.Length > 0 && (before[^1] is '/' or '÷' or '×' or '*' || before.EndsWith("divided by", StringComparison.OrdinalIgnoreCase)
                || before.EndsWith("times", StringComparison.OrdinalIgnoreCase) || (before[^1] is 'x' && (before.Length == 1 || !char.IsLetter(before[^2])))))
            {
                continue;
            }
            chars[m.Index] = ' ';
            chars[m.Index + m.Length - 1] = ' ';
        }
        return new string(chars);
    }

    /// <summary>Whether the text ends with a list bullet ("- ", "* ") that opens its line, rather than an operator.</summary>
    private static bool Bullet(ReadOnlySpan<char> before)
    {
        var rest = before[..^1].TrimEnd(" \t");
        return before[^1] is '-' or '*' && (rest.Length == 0 || rest[^1] == '\n');
    }

    /// <summary>Whether a statement says its result is approximate, in words ("about") or with the sign ("≈").</summary>
    private static bool Approximate(Match m) => m.Groups["approx"].Success || m.Groups["approxverb"].Success;

    private static FactFinding? Judge(string answer, string domain, string subject, Group claimed, double expected, bool approx, string source, bool exact = false)
    {
        // A number an operator follows opens the next link of a chain: the link is judged whole,
        // and a wrong one is not replaced, for its factor is not the result.
        if (ChainLinks.ExpressionAt(answer, claimed.Index, claimed.Length) is { } link)
        {
            return link.Value is not { } linked || !ClaimText.InRange(linked) || !ClaimText.InRange(expected) ? null
                : Agrees(linked, expected, false, approx) ? new FactFinding(domain, FactVerdicts.Confirmed, subject, link.Text, ClaimText.Format(expected), source)
                : new FactFinding(domain, FactVerdicts.Contradicted, subject, link.Text, ClaimText.Format(expected), source);
        }
        var c = Parse(claimed.Value);
        // A claim the checker cannot hold is neither confirmed nor flagged, and no correction writes it.
        if (!ClaimText.InRange(c) || !ClaimText.InRange(expected))
        {
            return null;
        }
        var agrees = exact && !approx ? Exact(c, expected, claimed.Value) : Agrees(c, expected, !claimed.Value.Contains('.'), approx);
        return agrees
            ? new FactFinding(domain, FactVerdicts.Confirmed, subject, claimed.Value, ClaimText.FormatLike(expected, claimed.Value), source)
            : new FactFinding(domain, FactVerdicts.Contradicted, subject, claimed.Value, ClaimText.FormatLike(expected, claimed.Value), source, claimed.Index);
    }

    /// <summary>An exact result as written: equal once the right value is rounded to the claim's decimals.</summary>
    private static bool Exact(double claimed, double expected, string written)
    {
        var dot = written.IndexOf('.');
        var decimals = dot < 0 ? 0 : written.Length - dot - 1;
        return Math.Abs(claimed - Math.Round(expected, Math.Min(decimals, 10), MidpointRounding.AwayFromZero)) < 1e-9 * Math.Max(1, Math.Abs(expected))
            || decimals > 0 && Math.Abs(claimed - expected) < 1e-9;
    }

    /// <summary>
    /// Whether a result agrees: exactly or rounded as <see cref="ClaimText.Agrees"/> allows; within 5%
    /// where it is approximate, or rounded to the nearest ten within 15% ("about 20 °F" for 18 °F).
    /// </summary>
    internal static bool Agrees(double claimed, double expected, bool whole, bool approx) =>
        ClaimText.InRange(claimed) && (approx
            ? Math.Abs(claimed - expected) <= Math.Max(Math.Abs(expected) * 0.05, whole ? 0.5 : 0.051) || whole && claimed % 10 == 0 && Math.Abs(claimed - expected) <= Math.Min(5, Math.Abs(expected) * 0.15)
            : ClaimText.Agrees(claimed, expected, whole)
            || Math.Abs(claimed - Math.Round(expected, 2)) < 0.0051);

    /// <summary>The value of an expression of numbers and operators, × and ÷ before + and −; null where it divides by zero or leaves the range.</summary>
    internal static double? Evaluate(string expression)
    {
        var terms = new List<double>();
        var ops = new List<char>();
        foreach (Match t in Token().Matches(expression))
        {
            if (t.Groups["n"].Success)
            {
                terms.Add(Parse(t.Groups["n"].Value));
            }
            else
            {
                ops.Add(t.Value.ToLowerInvariant() switch
                {
                    "+" or "plus" => '+',
                    "-" or "−" or "minus" => '-',
                    "/" or "÷" or "divided by" => '/',
                    _ => '*',
                });
            }
        }
        if (terms.Count != ops.Count + 1 || terms.Any(v => !ClaimText.InRange(v)))
        {
            return null;
        }
        // Products and quotients first, left to right; then sums and differences.
        var sums = new List<double> { terms[0] };
        var signs = new List<char> { '+' };
        for (var i = 0; i < ops.Count; i++)
        {
            switch (ops[i])
            {
                case '*': sums[^1] *= terms[i + 1]; break;
                case '/' when terms[i + 1] == 0: return null;
                case '/': sums[^1] /= terms[i + 1]; break;
                default: sums.Add(terms[i + 1]); signs.Add(ops[i]); break;
            }
        }
        var value = sums.Select((v, i) => signs[i] == '-' ? -v : v).Sum();
        return ClaimText.InRange(value) ? value : null;
    }

    private static int? Count(string written) =>
        int.TryParse(written, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n
        : Array.IndexOf(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"], written.ToLowerInvariant()) is var i and > 0 ? i : null;

    private static double Parse(string raw) => double.Parse(raw.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<e>" + Money + "(?:" + N + @")(?:\s+[a-z]+)?(?:[ \t]*(?:[+\-−*×x/÷]|plus|minus|times|multiplied by|divided by)[ \t]*" + Money + "(?:" + N + @")(?:\s+[a-z]+)?)+)\s*,?\s*" + Verb + @"\s*" + Approx + @"\s*" + Money + "(?<c>" + N + ")\\b", Options)]
    private static partial Regex Expression();

    [GeneratedRegex(@"\([ \t]*" + Money + "(?:" + N + @")[ \t]*(?:[*×x/÷]|times)[ \t]*" + Money + "(?:" + N + @")[ \t]*\)", Options)]
    private static partial Regex Bracketed();

    [GeneratedRegex("(?:" + N + @")(?:\s+[a-z]+)?[ \t]*(?:[+\-−*×x/÷]|plus|minus|times|multiplied by|divided by)[ \t]*$", Options)]
    private static partial Regex LeadingTerm();

    [GeneratedRegex(@"(?<n>" + N + ")|(?<op>[+\\-−*×x/÷]|plus|minus|times|multiplied by|divided by)", Options)]
    private static partial Regex Token();

    [GeneratedRegex(@"(?<p>" + N + @")\s*(?:%|percent|per cent)\s+(?:(?<kind>tip|tax|vat|service charge|gratuity|markup|discount|interest)\s+)?(?:of|on)\s+(?:a\s+|the\s+|your\s+)?" + Money + "(?<n>" + N + @")(?:\s+[a-z]+)?\s*,?\s*" + Verb + @"\s*" + Approx + @"\s*" + Money + "(?<c>" + N + ")\\b", Options)]
    private static partial Regex PercentOf();

    [GeneratedRegex(@"(?<p>" + N + @")\s*(?:%|percent|per cent)\s+off\s+(?:a\s+|the\s+)?" + Money + "(?<n>" + N + @")(?:\s+[a-z]+)?\s*,?\s*" + Verb + @"\s*" + Approx + @"\s*" + Money + "(?<c>" + N + ")\\b", Options)]
    private static partial Regex PercentOff();

    [GeneratedRegex(Money + "(?<n>" + N + @")\s+(?<dir>increased|raised|marked up|up|decreased|reduced|down|cut|lowered)\s+by\s+(?<p>" + N + @")\s*(?:%|percent|per cent)\s*,?\s*" + Verb + @"\s*" + Approx + @"\s*" + Money + "(?<c>" + N + ")\\b", Options)]
    private static partial Regex Changed();

    [GeneratedRegex(@"\btotal(?:\s+(?:bill|cost|amount|price|comes|would come))?\s*(?:is|of|comes to|to|=|:|would be|will be|becomes|comes out to|of about)?\s*" + Approx + @"\s*" + Money + "(?<c>" + N + ")\\b", Options)]
    private static partial Regex Total();

    [GeneratedRegex(@"(?:" + Money + @"(?<n>" + N + @")\s+)?(?:split|divided|shared)\s+(?:evenly\s+|equally\s+)?(?:between|among|by|into|across)?\s*(?<k>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(?:people|ways|persons|friends|of you|guests|diners)?[^.$€£\d\n]*" + Approx + @"\s*" + Money + "(?<c>" + N + @")\s*(?:each|per person|a head|per head|apiece|a person)", Options)]
    private static partial Regex Split();

    [GeneratedRegex(@"^\s*,?\s*(?:\(|=|≈|~|is|are|equals|equal to|is equal to|makes|comes to|works out to|converts to|gives|that's|or|which is|which equals|which is equal to|that equals|in|to|into|roughly equals)?\s*" + Approx + @"\s*$", Options)]
    internal static partial Regex Link();
}
