using System.Globalization;
using System.Text.RegularExpressions;

namespace Aligners.Inference.Facts;

/// <summary>
/// The change from a note paid with, after a chain of sums: "Change from $20: $4.45", "your change
/// is $4.45", "you get $4.45 back", checked against the note less the last total the answer worked
/// out before it ("$14.25 + $2.30 = $16.55"). The steps of the chain are the arithmetic statements'
/// to judge; this reads the step they cannot, the change stated without its subtraction.
/// </summary>
internal static partial class ChangeFromNote
{
    private const string Source = "computed";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;
    private const string Number = @"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?";

    public static IEnumerable<FactFinding> Check(string prompt, string answer)
    {
        if (answer.Length == 0 || !(answer + prompt).Contains("change", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }
        // The note: in the prompt ("my change from $20") or, where the prompt names none, in the answer.
        var notes = ClaimText.MatchesWithin(Note(), prompt).Select(m => Parse(m.Groups["n"].Value)).Distinct().ToList();
        if (notes.Count == 0)
        {
            notes = ClaimText.MatchesWithin(Note(), answer).Select(m => Parse(m.Groups["n"].Value)).Distinct().ToList();
        }
        if (notes is not [var note])
        {
            return [];
        }
        var findings = new List<FactFinding>();
        foreach (var claim in ClaimText.MatchesWithin(Stated(), answer))
        {
            var c = claim.Groups["c"];
            // A subtraction written out ("$20 − $16.55 = $3.45") is the arithmetic statements' to judge.
            var after = answer.AsSpan(c.Index + c.Length).TrimStart(" *_");
            if (after.Length > 0 && after[0] is '+' or '-' or '−' or '×' or '÷' or '/' or '=')
            {
                continue;
            }
            var total = ClaimText.MatchesWithin(SumResult(), answer[..claim.Index]) is [.., var last] ? Parse(last.Groups["c"].Value) : double.NaN;
            if (double.IsNaN(total) || total > note || !ClaimText.InRange(total))
            {
                continue;
            }
            var expected = Math.Round(note - total, 2);
            var subject = $"the change from {Money(note)} after {Money(total)}";
            findings.Add(Math.Abs(Parse(c.Value) - expected) <= 0.005
                ? new FactFinding("arithmetic", FactVerdicts.Confirmed, subject, c.Value, Money(expected), Source)
                : new FactFinding("arithmetic", FactVerdicts.Contradicted, subject, c.Value, Money(expected), Source, c.Index));
        }
        return findings;
    }

    private static double Parse(string raw) => double.Parse(raw.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Money(double value) => value % 1 == 0
        ? value.ToString("0", CultureInfo.InvariantCulture)
        : value.ToString("0.00", CultureInfo.InvariantCulture);

    // "change from $20", "change from a $50 note", "pay with a $20 bill", "hand over £10".
    [GeneratedRegex(@"\bchange\s+from\s+(?:a\s+|an\s+|the\s+)?[$£€](?<n>" + Number + @")|\b(?:pay|paid|paying|hand|handed|give|gave)\s+(?:over\s+|with\s+)?(?:a\s+|an\s+)?[$£€](?<n>" + Number + @")\s+(?:note|bill)\b", Options)]
    private static partial Regex Note();

    // "Change from $20: $4.45", "your change is $4.45", "change: $4.45", "you get $4.45 back", "$4.45 in change"
    // (on one line: a sum's result at a line's end is not "change" that opens the next line).
    [GeneratedRegex(@"\bchange(?:\s+from\s+(?:a\s+|an\s+|the\s+)?[$£€](?:" + Number + @")(?:\s+(?:note|bill))?)?[ \t]*(?::|is|will be|comes to|would be|should be|of)[ \t]*[*_]*[ \t]*[$£€](?<c>" + Number + @")|\b(?:get|receive|have)[ \t]+[$£€](?<c>" + Number + @")[ \t]+(?:back|in change)\b|[$£€](?<c>" + Number + @")[ \t]+(?:in[ \t]+)?change\b", Options)]
    private static partial Regex Stated();

    // The result of a sum ("= $16.55") or a total stated ("total: $16.55", "the total is $16.55").
    [GeneratedRegex(@"(?:=|\btotal\b[^.\d\n$£€]{0,20})\s*[*_]*\s*[$£€](?<c>" + Number + ")", Options)]
    private static partial Regex SumResult();
}
