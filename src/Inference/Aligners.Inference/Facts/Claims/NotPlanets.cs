using System.Text.RegularExpressions;

namespace Aligners.Inference.Facts;

/// <summary>
/// The Sun or the Moon called a planet ("the Sun is the largest planet", "the moon is a planet"):
/// the Sun is a star and the Moon is Earth's natural satellite, whatever the question; corrected in
/// place, the noun phrase and all ("the largest planet" becomes "a star"). A denial ("is not a
/// planet") or a possessive ("the planet's star") is no such claim.
/// </summary>
internal static partial class NotPlanets
{
    public static IEnumerable<FactFinding> Check(string text, FactTables tables)
    {
        if (!text.Contains("planet", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }
        var findings = new List<FactFinding>();
        foreach (var m in ClaimText.MatchesWithin(Called(), text))
        {
            var claim = m.Groups["claim"];
            var end = claim.Index + claim.Length;
            if (end < text.Length && (char.IsLetter(text[end]) || text[end] is '\'' or '’'))
            {
                continue;
            }
            var sun = m.Groups["body"].Value.Equals("sun", StringComparison.OrdinalIgnoreCase);
            findings.Add(new FactFinding("planet", FactVerdicts.Contradicted, sun ? "what the Sun is" : "what the Moon is", claim.Value,
                sun ? "a star" : "Earth's natural satellite", tables.Sources["planets"], claim.Index));
        }
        return findings;
    }

    // "the Sun is the largest planet", "the sun is a planet", "The Moon is also a small planet".
    [GeneratedRegex(@"\b(?<body>sun|moon)\s+(?:is|was)\s+(?:also\s+|really\s+|actually\s+|just\s+)?(?<claim>(?:a|an|the)\s+(?:[\p{L}\-]+\s+){0,2}planet)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Called();
}
