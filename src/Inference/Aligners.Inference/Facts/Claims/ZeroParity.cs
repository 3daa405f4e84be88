using System.Text.RegularExpressions;

namespace Aligners.Inference.Facts;

/// <summary>
/// Zero's parity, which the number rules do not read when it is written as a word or called
/// "neither even nor odd": zero is even (it is 2 × 0). A wrong statement is corrected in place, and a
/// wrong yes or no to the prompt's "is zero even?" ("is zero odd?") is corrected with it, so the
/// corrected answer does not open by denying what it then says.
/// </summary>
internal static partial class ZeroParity
{
    private const string Source = "computed (0 = 2 × 0)";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    public static IEnumerable<FactFinding> Check(string prompt, string answer)
    {
        var findings = new List<FactFinding>();
        foreach (var m in ClaimText.MatchesWithin(Stated(), answer))
        {
            var claim = m.Groups["claim"];
            var said = claim.Value.ToLowerInvariant();
            var neither = said.StartsWith("neither", StringComparison.Ordinal);
            var denied = m.Groups["neg"].Success;
            if (m.Value[0] == '0' && !neither)
            {
                continue; // "0 is odd" in digits is the number rules' to judge
            }
            // "zero is even" and "zero isn't odd" are right; "neither", "zero is odd" and "zero isn't even" are wrong.
            if (!neither && denied != said.Contains("even", StringComparison.Ordinal))
            {
                findings.Add(new FactFinding("number", FactVerdicts.Confirmed, "whether zero is even", claim.Value, "even", Source));
                continue;
            }
            // A denial is corrected with its verb ("isn't even" becomes "is even").
            var start = denied ? m.Groups["neg"].Index : claim.Index;
            findings.Add(new FactFinding("number", FactVerdicts.Contradicted, "whether zero is even", answer[start..(claim.Index + claim.Length)],
                denied ? "is even" : "even", Source, start));
        }
        if (findings.Any(f => f.Verdict == FactVerdicts.Contradicted) && Asked().Match(prompt) is { Success: true } q
            && Reply().Match(answer) is { Success: true } reply)
        {
            // The asked parity is even: "yes" is right to "is zero even?", "no" to "is zero odd?".
            var askedEven = q.Groups["p"].Value.Equals("even", StringComparison.OrdinalIgnoreCase);
            var saidYes = reply.Groups["yes"].Success;
            if (saidYes != askedEven)
            {
                var word = reply.Groups[saidYes ? "yes" : "no"];
                findings.Add(new FactFinding("number", FactVerdicts.Contradicted, "whether zero is even", word.Value, askedEven ? "Yes" : "No", Source, word.Index));
            }
        }
        return findings;
    }

    // "zero is neither even nor odd", "0 is neither odd nor even", "zero is odd", "zero isn't an even number".
    [GeneratedRegex(@"\b(?:zero|0)\s+(?:(?<neg>isn't|is not)\s+|is\s+)(?<claim>neither\s+(?:even|odd)\s+nor\s+(?:even|odd)|(?:an\s+|a\s+)?(?:even|odd)\b)", Options)]
    private static partial Regex Stated();

    [GeneratedRegex(@"\bis\s+(?:zero|0)\s+(?:an?\s+)?(?<p>even|odd)\b", Options)]
    private static partial Regex Asked();

    [GeneratedRegex(@"^\s*(?:(?<yes>yes|yep|yeah)|(?<no>no|nope))\b", Options)]
    private static partial Regex Reply();
}
