using System.Globalization;
using System.Text.RegularExpressions;

namespace Aligners.Inference.Facts;

/// <summary>
/// The percentage change the prompt asks for between two counts it gives ("visitors went from 40 to
/// 58, what's the percentage increase?"), whatever is counted (units, visitors, kilograms; money is
/// <see cref="PriceChains"/>'s): the change against the first count. The prompt must hold those two
/// numbers and no others, and they are no span of years ("from 2019 to 2023"); the answer's
/// percentages are judged as a money change's are: any that agrees confirms, the share of the first
/// count the second is ("145% of before") is a step, else the first is contradicted.
/// </summary>
internal static partial class PercentChange
{
    private const string Source = "computed";
    private const string Number = @"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?";

    public static IEnumerable<FactFinding> Check(string prompt, string answer)
    {
        if (prompt.Length == 0 || !Asked().IsMatch(prompt) || FromTo().Matches(prompt) is not [var change] || ClaimText.Numbers(prompt).Count != 2)
        {
            return [];
        }
        var (old, now) = (Parse(change.Groups["a"].Value), Parse(change.Groups["b"].Value));
        if (old == 0 || old == now || (Year(old) && Year(now)))
        {
            return [];
        }
        var expected = Math.Abs(now - old) / old * 100;
        var ratio = now / old * 100;
        var claims = Percent().Matches(answer).Select(m => m.Groups["p"])
            .Where(g => !Agrees(g.Value, ratio) || Agrees(g.Value, expected)).ToList();
        if (claims.Count == 0 || !ClaimText.InRange(expected))
        {
            return [];
        }
        var subject = $"the percentage change from {Write(old)} to {Write(now)}";
        var written = Write(Math.Round(expected, 1));
        return claims.Any(c => Agrees(c.Value, expected))
            ? [new FactFinding("arithmetic", FactVerdicts.Confirmed, subject, written, written, Source)]
            : [new FactFinding("arithmetic", FactVerdicts.Contradicted, subject, claims[0].Value, written, Source, claims[0].Index)];
    }

    private static bool Year(double value) => value % 1 == 0 && value is >= 1000 and <= 2200;

    private static bool Agrees(string claimed, double expected) => ClaimText.Agrees(Parse(claimed), expected, !claimed.Contains('.'));

    private static string Write(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static double Parse(string raw) => double.Parse(raw.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    // A change in percent: "percentage increase", "percent change", "by what percent did it drop", "% growth".
    [GeneratedRegex(@"\b(?:percent|percentage|per cent)\b|%\s*(?:increase|decrease|change|growth|drop|rise|fall)", Options)]
    private static partial Regex Asked();

    // "from 50 units to 65 units", "from 40 to 58", "from 1,200 visitors up to 1,500".
    [GeneratedRegex(@"\bfrom\s+(?<a>" + Number + @")(?:\s*\p{L}+)?\s+(?:(?:down|up|all the way)\s+)?to\s+(?<b>" + Number + ")", Options)]
    private static partial Regex FromTo();

    [GeneratedRegex(@"\b(?<p>" + Number + @")\s?(?:%|percent\b|per cent\b)", Options)]
    private static partial Regex Percent();
}
