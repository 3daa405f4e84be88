using System.Text.RegularExpressions;

namespace Aligners.Inference.Facts;

/// <summary>
/// The planets' order stated in a sentence: "the closest to the Sun is Venus, followed by Mercury
/// and then Earth", "Mercury is the closest planet to the sun, then Venus", "in order from the
/// sun: Mercury, Venus, Earth". The n-th planet named is checked against the n-th from the sun, and
/// each wrong one is corrected to the planet of its place, so the corrected order reads right whole.
/// </summary>
internal static partial class PlanetSequence
{
    private static readonly string[] Separators =
        [", followed by ", " followed by ", ", and then ", " and then ", ", then ", " then ", ", and ", " and ", ", "];

    public static IEnumerable<FactFinding> Check(string answer, FactTables tables)
    {
        if (!answer.Contains("sun", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }
        var byOrder = tables.Planets.OrderBy(p => p.Order).Select(p => p.Name).ToList();
        var findings = new List<FactFinding>();
        foreach (var m in ClaimText.MatchesWithin(Opening(), answer))
        {
            var named = new List<(string Name, int Start)>();
            var at = m.Index + m.Length;
            if (m.Groups["first"].Success)
            {
                named.Add((m.Groups["first"].Value, m.Groups["first"].Index));
                at = Separator(answer, at);
            }
            while (at >= 0 && named.Count < byOrder.Count && Planet(answer, at, byOrder) is { } planet)
            {
                named.Add((planet, at));
                at = Separator(answer, at + planet.Length);
            }
            for (var i = 0; i < named.Count; i++)
            {
                var (name, start) = named[i];
                var subject = $"the {(i == 0 ? "closest" : "next")} planet from the sun (place {i + 1})";
                findings.Add(string.Equals(name, byOrder[i], StringComparison.OrdinalIgnoreCase)
                    ? new FactFinding("planet", FactVerdicts.Confirmed, subject, name, byOrder[i], tables.Sources["planets"])
                    : new FactFinding("planet", FactVerdicts.Contradicted, subject, answer.Substring(start, name.Length), byOrder[i], tables.Sources["planets"], start));
            }
        }
        return findings;
    }

    /// <summary>Where the next planet starts after a separator at <paramref name="at"/>, or -1 where none follows.</summary>
    private static int Separator(string text, int at)
    {
        foreach (var s in Separators)
        {
            if (string.Compare(text, at, s, 0, s.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return at + s.Length;
            }
        }
        return -1;
    }

    /// <summary>The planet named at <paramref name="at"/> (a whole word), or null.</summary>
    private static string? Planet(string text, int at, List<string> planets) =>
        planets.FirstOrDefault(p => string.Compare(text, at, p, 0, p.Length, StringComparison.OrdinalIgnoreCase) == 0
            && (at + p.Length == text.Length || !char.IsLetter(text[at + p.Length])));

    // "the closest to the Sun is ", "nearest planet to the sun: ", "in order from the sun: ", "Mercury is the closest planet to the sun".
    [GeneratedRegex(@"\b(?:closest|nearest)\s+(?:planet\s+)?to\s+the\s+sun\s*(?:is|:|,)\s*(?:the\s+planet\s+)?|\bin\s+order\s+(?:outward\s+)?from\s+the\s+sun\s*(?::|,|are|is)?\s*|\b(?<first>Mercury|Venus|Earth|Mars|Jupiter|Saturn|Uranus|Neptune)\s+is\s+(?:the\s+)?(?:closest|nearest)\s+(?:planet\s+)?to\s+the\s+sun", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Opening();
}
