using System.Globalization;
using System.Text.RegularExpressions;

namespace Aligners.Inference.Facts;

/// <summary>
/// A part of a whole as a percentage: "18 out of 24 is 75%" stated in the answer, computed; and,
/// where the prompt asks "what percent is 18 out of 24?", the percentage the answer gives for it
/// ("That's 75%."): confirmed where any agrees, else the first is contradicted. The share left
/// ("so 25% are not") is a step, not the answer.
/// </summary>
internal static partial class PercentOfWhole
{
    private const string Source = "computed";
    private const string Number = @"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?";

    public static IEnumerable<FactFinding> Check(string prompt, string answer)
    {
        var findings = new List<FactFinding>();
        foreach (Match m in Statement().Matches(answer))
        {
            if (Share(m.Groups["a"].Value, m.Groups["b"].Value) is not { } share)
            {
                continue;
            }
            var p = m.Groups["p"];
            findings.Add(Judged(m.Groups["a"].Value, m.Groups["b"].Value, share, p.Value, p.Index));
        }
        if (findings.Count > 0 || prompt.Length == 0 || !Asked().IsMatch(prompt) || Part().Matches(prompt) is not [var asked]
            || Share(asked.Groups["a"].Value, asked.Groups["b"].Value) is not { } expected)
        {
            return findings;
        }
        // The share asked for: any percentage of the answer that agrees answers it; the rest left is a step.
        var stated = Percent().Matches(answer).Select(x => x.Groups["p"]).Where(g => !ClaimText.Agrees(Parse(g.Value), 100 - expected, !g.Value.Contains('.')) || Agrees(g.Value, expected)).ToList();
        if (stated.Count == 0)
        {
            return findings;
        }
        var right = stated.FirstOrDefault(g => Agrees(g.Value, expected));
        findings.Add(Judged(asked.Groups["a"].Value, asked.Groups["b"].Value, expected, (right ?? stated[0]).Value, (right ?? stated[0]).Index));
        return findings;
    }

    private static FactFinding Judged(string a, string b, double share, string claimed, int at)
    {
        var subject = $"{a} out of {b} as a percentage";
        var expected = Write(share);
        return Agrees(claimed, share)
            ? new FactFinding("arithmetic", FactVerdicts.Confirmed, subject, claimed, expected, Source)
            : new FactFinding("arithmetic", FactVerdicts.Contradicted, subject, claimed, expected, Source, at);
    }

    private static double? Share(string a, string b)
    {
        var (part, whole) = (Parse(a), Parse(b));
        return whole == 0 || !ClaimText.InRange(part) || !ClaimText.InRange(whole) ? null : part / whole * 100;
    }

    /// <summary>A percentage rounded to a whole ("33%" for 33.3) or to a tenth agrees.</summary>
    private static bool Agrees(string claimed, double expected) => ClaimText.Agrees(Parse(claimed), expected, !claimed.Contains('.'));

    private static string Write(double share) => Math.Round(share, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static double Parse(string raw) => double.Parse(raw.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    // "18 out of 24 is 75%", "18 out of 24 students = 75%", "18 out of 24 works out to about 75 percent".
    [GeneratedRegex(@"\b(?<a>" + Number + @")\s+out\s+of\s+(?<b>" + Number + @")(?:\s+\p{L}+)?\s*(?:is|=|equals|makes|represents|comes to|works out to|would be|gives you|gives)\s+(?:about\s+|roughly\s+|approximately\s+|around\s+|exactly\s+|just\s+)?[*_]*(?<p>" + Number + @")\s?(?:%|percent\b|per cent\b)", Options)]
    private static partial Regex Statement();

    // "what percent is 18 out of 24", "18 out of 24 as a percentage", "what percentage of 24 is 18" is not read.
    [GeneratedRegex(@"\b(?:percent|percentage|per cent|%)", Options)]
    private static partial Regex Asked();

    [GeneratedRegex(@"\b(?<a>" + Number + @")\s+out\s+of\s+(?<b>" + Number + @")\b", Options)]
    private static partial Regex Part();

    [GeneratedRegex(@"\b(?<p>" + Number + @")\s?(?:%|percent\b|per cent\b)", Options)]
    private static partial Regex Percent();
}
