using System.Globalization;
using System.Text.RegularExpressions;

namespace Aligners.Inference.Facts;

/// <summary>
/// Arithmetic, computed exactly: a question that is a sum, difference, product, quotient or
/// percentage is answered right when the answer's result (its last number) is the computed one; an
/// equation written in the answer ("17 × 23 = 381") is checked the same way. Operands, results and
/// claimed values out of the checker's range (<see cref="ClaimText.InRange"/>) leave the claim unjudged.
/// </summary>
internal static partial class ArithmeticClaims
{
    private const string Source = "computed";
    private const string Number = @"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?";

    public static IEnumerable<FactFinding> Check(string prompt, string answer)
    {
        if (Question(prompt) is { } asked)
        {
            var expected = ClaimText.Format(asked.Value);
            var equations = Equation().Matches(answer).ToList();
            // The asked operation written out with its result ("17 × 24 = 408", "15% of 80 is 12") is the
            // answer's claim, whatever working follows it.
            var stated = equations.FirstOrDefault(m => SameOperation(m, asked))?.Groups["c"]
                ?? PercentStatement().Matches(answer).FirstOrDefault(m => Compute(m.Groups["p"].Value, "percent of", m.Groups["n"].Value) == asked.Value
                    && SameOperands(asked, m.Groups["p"].Value, m.Groups["n"].Value))?.Groups["c"];
            if (stated is not null && ChainLinks.ExpressionAt(answer, stated.Index, stated.Length) is { } link)
            {
                // The result opens the next link of a chain ("= 0.12 × 250 = 30"): that link is read
                // against the asked value, and a wrong one is not replaced, for its factor is no result.
                return link.Value is not { } linked ? []
                    : ClaimText.Agrees(linked, asked.Value, false)
                        ? [new FactFinding("arithmetic", FactVerdicts.Confirmed, asked.Subject, expected, expected, Source)]
                        : [new FactFinding("arithmetic", FactVerdicts.Contradicted, asked.Subject, link.Text, expected, Source)];
            }
            if (stated is not null)
            {
                var value = Parse(stated.Value);
                return ClaimText.Agrees(value, asked.Value, !stated.Value.Contains('.'))
                    ? [new FactFinding("arithmetic", FactVerdicts.Confirmed, asked.Subject, expected, expected, Source)]
                    : [new FactFinding("arithmetic", FactVerdicts.Contradicted, asked.Subject, stated.Value, expected, Source, Correctable(prompt, asked.Value, stated.Index))];
            }
            // "8 × 12 = 96" under "96 ÷ 8 = 12?" checks the asked result by its inverse.
            if (InverseChecks.Confirms(equations, ClaimText.Numbers(asked.Subject).Select(n => n.Value).ToList(), asked.Value,
                    m => Compute(m.Groups["a"].Value, m.Groups["op"].Value, m.Groups["b"].Value) is { } v && ClaimText.Agrees(Parse(m.Groups["c"].Value), v, !m.Groups["c"].Value.Contains('.')), Parse))
            {
                return [new FactFinding("arithmetic", FactVerdicts.Confirmed, asked.Subject, expected, expected, Source)];
            }
            // Otherwise the result is the answer's last number that is no operand of its working
            // ("17 × 4 = 68" is a step, "(0.15 × 80)" shows the sum): the last outside the working, or
            // the result of the working's last equation ("so 8 + 4 = 12"). One the checker cannot
            // hold is no claim it can judge.
            var operations = Operation().Matches(answer).ToList();
            bool IsOperand(int at) => operations.Any(m => at >= m.Index && at < m.Index + m.Length)
                || equations.Any(m => at >= m.Index && at < m.Groups["c"].Index);
            // A number that names ("base 10", "step 2") is no result.
            var results = ClaimText.Numbers(answer).Where(n => !IsOperand(n.Start) && !NumberLabels.IsLabelled(answer, n.Start)).ToList();
            var outside = results.Where(n => !equations.Any(m => n.Start >= m.Index && n.Start < m.Index + m.Length)).ToList();
            if (results.Count == 0 || !results[^1].InRange && (outside.Count == 0 || !outside[^1].InRange))
            {
                return [];
            }
            bool Right(WrittenNumber n) => n.InRange && ClaimText.Agrees(n.Value, asked.Value, !n.Text.Contains('.'));
            if (results.Any(Right) && (Right(results[^1]) || outside.Count > 0 && Right(outside[^1])))
            {
                return [new FactFinding("arithmetic", FactVerdicts.Confirmed, asked.Subject, expected, expected, Source)];
            }
            var claimed = outside.Count > 0 ? outside[^1] : results[^1];
            if (!claimed.InRange)
            {
                return [];
            }
            return [new FactFinding("arithmetic", FactVerdicts.Contradicted, asked.Subject, claimed.Text, expected, Source, Correctable(prompt, asked.Value, claimed.Start))];
        }
        var findings = new List<FactFinding>();
        foreach (Match m in Equation().Matches(answer))
        {
            // The last two terms of a longer expression ("24 × 60 × 60 = 86,400") are no equation
            // of their own: the whole is judged with the answer's other statements.
            var before = answer.AsSpan(0, m.Index).TrimEnd();
            if (before.Length > 0 && (before[^1] is '+' or '-' or '−' or '*' or '×' or 'x' or '/' or '÷' || before.EndsWith("times", StringComparison.OrdinalIgnoreCase)
                || before.EndsWith("plus", StringComparison.OrdinalIgnoreCase) || before.EndsWith("minus", StringComparison.OrdinalIgnoreCase)
                || before.EndsWith("by", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }
            var claimed = Parse(m.Groups["c"].Value);
            // A result an operator follows is the factor of the chain's next link, judged with the statements.
            if (ChainLinks.ExpressionAt(answer, m.Groups["c"].Index, m.Groups["c"].Length) is not null)
            {
                continue;
            }
            if (ClaimText.InRange(claimed) && Compute(m.Groups["a"].Value, m.Groups["op"].Value, m.Groups["b"].Value) is { } value)
            {
                var expected = ClaimText.Format(value);
                var subject = $"{m.Groups["a"].Value} {m.Groups["op"].Value} {m.Groups["b"].Value}";
                findings.Add(ClaimText.Agrees(claimed, value, !m.Groups["c"].Value.Contains('.'))
                    ? new FactFinding("arithmetic", FactVerdicts.Confirmed, subject, m.Groups["c"].Value, expected, Source)
                    : new FactFinding("arithmetic", FactVerdicts.Contradicted, subject, m.Groups["c"].Value, expected, Source, m.Groups["c"].Index));
            }
        }
        return findings;
    }

    /// <summary>Where a wrong result is replaced, or -1 (flagged alone) where the right value is the user's own.</summary>
    private static int Correctable(string prompt, double expected, int at) => UsersOwnValue.Stated(prompt, expected) ? -1 : at;

    private static (string Subject, double Value)? Question(string prompt)
    {
        if (Percent().Match(prompt) is { Success: true } p)
        {
            return Asked($"{p.Groups["p"].Value}% of {p.Groups["n"].Value}", Compute(p.Groups["p"].Value, "percent of", p.Groups["n"].Value));
        }
        if (AddWords().Match(prompt) is { Success: true } s)
        {
            return Asked($"{s.Groups["a"].Value} + {s.Groups["b"].Value}", Compute(s.Groups["a"].Value, "+", s.Groups["b"].Value));
        }
        if (SubtractFrom().Match(prompt) is { Success: true } d)
        {
            return Asked($"{d.Groups["b"].Value} - {d.Groups["a"].Value}", Compute(d.Groups["b"].Value, "-", d.Groups["a"].Value));
        }
        if (Operation().Match(prompt) is { Success: true } o && Compute(o.Groups["a"].Value, o.Groups["op"].Value, o.Groups["b"].Value) is { } v)
        {
            return ($"{o.Groups["a"].Value} {o.Groups["op"].Value} {o.Groups["b"].Value}", v);
        }
        return Accrued(prompt);
    }

    /// <summary>
    /// A steady amount over a span of its own period: "$45 every week ... after 6 weeks" is 45 × 6.
    /// Not where the prompt grows, spends or taxes it (interest, a percentage, money taken out), which
    /// a plain product does not give.
    /// </summary>
    private static (string Subject, double Value)? Accrued(string prompt)
    {
        if (RateOverPeriods().Match(prompt) is not { Success: true } r || !r.Groups["per"].Value.Equals(r.Groups["periods"].Value.TrimEnd('s'), StringComparison.OrdinalIgnoreCase)
            || NotAccrued().IsMatch(prompt))
        {
            return null;
        }
        return Asked($"{r.Groups["a"].Value} a {r.Groups["per"].Value.ToLowerInvariant()} for {r.Groups["n"].Value} {r.Groups["periods"].Value.ToLowerInvariant()}",
            Compute(r.Groups["a"].Value, "×", r.Groups["n"].Value));
    }

    [GeneratedRegex(@"[$£€]?(?<a>" + Number + @")\s+(?:dollars\s+|pounds\s+|euros\s+)?(?:every|each|a|an|per)\s+(?<per>day|week|month|year|hour)\b[^.?!]{0,60}?\b(?:after|in|for|over)\s+(?<n>\d{1,4})\s+(?<periods>days?|weeks?|months?|years?|hours?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex RateOverPeriods();

    [GeneratedRegex(@"interest|%|percent|compound|invest|return|grow|spend|spent|withdraw|take out|took out|left over|remain|tax|inflation|minus|less\b|except|skip|miss", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex NotAccrued();

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> are the asked operation's two operands, in either order.</summary>
    private static bool SameOperands((string Subject, double Value) asked, string a, string b) =>
        ClaimText.Numbers(asked.Subject).Select(n => n.Value).Order().SequenceEqual(new[] { Parse(a), Parse(b) }.Order());

    /// <summary>Whether an equation in the answer computes the asked operation: the same two operands and the same value.</summary>
    private static bool SameOperation(Match equation, (string Subject, double Value) asked)
    {
        if (Compute(equation.Groups["a"].Value, equation.Groups["op"].Value, equation.Groups["b"].Value) is not { } value || value != asked.Value)
        {
            return false;
        }
        return SameOperands(asked, equation.Groups["a"].Value, equation.Groups["b"].Value);
    }

    private static (string Subject, double Value)? Asked(string subject, double? value) => value is { } v ? (subject, v) : null;

    /// <summary>
    /// <paramref name="a"/> <paramref name="op"/> <paramref name="b"/>, or null where the operation is
    /// unknown, divides by zero, or an operand or the result is out of range.
    /// </summary>
    private static double? Compute(string a, string op, string b)
    {
        var x = Parse(a);
        var y = Parse(b);
        if (!ClaimText.InRange(x) || !ClaimText.InRange(y))
        {
            return null;
        }
        double? result = op.ToLowerInvariant() switch
        {
            "+" or "plus" => x + y,
            "-" or "−" or "minus" => x - y,
            "*" or "x" or "×" or "times" or "multiplied by" => x * y,
            "/" or "÷" or "divided by" or "over" when y != 0 => x / y,
            "percent of" => x * y / 100,
            _ => null,
        };
        return result is { } r && ClaimText.InRange(r) ? r : null;
    }

    private static double Parse(string raw) => double.Parse(raw.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<p>" + Number + @")\s*(?:%|percent|per cent)\s+of\s+(?<n>" + Number + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Percent();

    [GeneratedRegex(@"(?<p>" + Number + @")\s*(?:%|percent|per cent)\s+of\s+(?<n>" + Number + @")\s*(?:=|is|equals|makes|comes to|gives)\s*\**\s*(?<c>" + Number + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex PercentStatement();

    [GeneratedRegex(@"\b(?:add|sum of)\s+(?<a>" + Number + @")\s+(?:and|to|plus)\s+(?<b>" + Number + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex AddWords();

    [GeneratedRegex(@"\bsubtract\s+(?<a>" + Number + @")\s+from\s+(?<b>" + Number + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex SubtractFrom();

    [GeneratedRegex(@"(?<a>" + Number + @")\s*(?<op>\+|-|−|\*|×|x|/|÷|plus|minus|times|multiplied by|divided by|over)\s*(?<b>" + Number + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Operation();

    [GeneratedRegex(@"(?<a>" + Number + @")\s*(?<op>\+|-|−|\*|×|x|/|÷|plus|minus|times|multiplied by|divided by)\s*(?<b>" + Number + @")\s*(?:=|is|equals|makes|comes to|gives)\s*(?<c>" + Number + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Equation();
}
