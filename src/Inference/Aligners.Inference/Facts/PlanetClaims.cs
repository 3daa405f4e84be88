using System.Text.RegularExpressions;

namespace Aligners.Inference.Facts;

/// <summary>
/// The planets: which is closest to or farthest from the sun, largest or smallest, the n-th from
/// the sun, the red planet, and how many there are. Naming another planet (or Pluto), or another
/// count, contradicts the table. An answer's own "Mars is the first planet from the sun" is checked
/// whatever the question, since a rewrite can add such a claim to an answer about something else.
/// </summary>
internal static partial class PlanetClaims
{
    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"];

    public static IEnumerable<FactFinding> Check(string prompt, string answer, FactTables tables)
    {
        var answered = Answered(prompt, answer, tables).ToList();
        // "Jupiter is the fourth planet" for "Which planet is fourth?" is one wrong claim, not two:
        // correcting both the planet and its place would make "Mars is the fifth planet".
        var wrongAnswers = answered.Where(f => f.Verdict == FactVerdicts.Contradicted).Select(f => f.Start).ToHashSet();
        return [.. StatedOrders(answer, tables, wrongAnswers), .. answered];
    }

    /// <summary>
    /// "Planet is the n-th (planet) from the sun" in the answer, against the table's order, except
    /// where that planet is already the contradicted answer to the question (<paramref name="wrongAnswers"/>).
    /// </summary>
    private static IEnumerable<FactFinding> StatedOrders(string answer, FactTables tables, HashSet<int> wrongAnswers)
    {
        var source = tables.Sources["planets"];
        var byOrder = tables.Planets.OrderBy(p => p.Order).ToList();
        foreach (Match m in StatedOrder().Matches(answer))
        {
            var planet = byOrder.FindIndex(p => p.Name.Equals(m.Groups["planet"].Value, StringComparison.OrdinalIgnoreCase));
            var n = Ordinal(m.Groups["n"].Value);
            if (planet < 0 || n < 1 || wrongAnswers.Contains(m.Groups["planet"].Index))
            {
                continue;
            }
            var subject = $"{byOrder[planet].Name}'s place from the sun";
            yield return n == planet + 1
                ? new FactFinding("planet", FactVerdicts.Confirmed, subject, m.Groups["n"].Value, Ordinals[planet], source)
                : new FactFinding("planet", FactVerdicts.Contradicted, subject, m.Groups["n"].Value, Ordinals[planet], source, m.Groups["n"].Index);
        }
    }

    private static int Ordinal(string word)
    {
        word = word.ToLowerInvariant();
        var n = Array.IndexOf(Ordinals, word) + 1;
        return n == 0 && int.TryParse(word.TrimEnd('s', 't', 'n', 'd', 'r', 'h'), out var digits) ? digits : n;
    }

    private static IEnumerable<FactFinding> Answered(string prompt, string answer, FactTables tables)
    {
        var source = tables.Sources["planets"];
        if (!ClaimText.Has(prompt, "planet") && !ClaimText.Has(prompt, "planets") && !ClaimText.Has(prompt, "solar system"))
        {
            return [];
        }
        if (ClaimText.HasAny(prompt, ["how many planets", "number of planets"]))
        {
            var count = tables.Planets.Count;
            var subject = "the number of planets in the solar system";
            var numbers = ClaimText.Numbers(answer);
            if (numbers.Any(n => n.Value == count))
            {
                return [new FactFinding("planet", FactVerdicts.Confirmed, subject, count.ToString(), count.ToString(), source)];
            }
            return numbers is [{ InRange: true } first, ..] ? [new FactFinding("planet", FactVerdicts.Contradicted, subject, first.Text, "eight", source, first.Start)] : [];
        }
        var (asked, what) = Asked(prompt, tables);
        if (asked is null)
        {
            return [];
        }
        if (ClaimText.Has(answer, asked.Name))
        {
            return [new FactFinding("planet", FactVerdicts.Confirmed, what, asked.Name, asked.Name, source)];
        }
        var other = tables.Planets.Select(p => p.Name).Append("Pluto").Append("the Moon").Append("the Sun")
            .Select(n => (Name: n, Start: ClaimText.Find(answer, n))).Where(p => p.Start >= 0).OrderBy(p => p.Start).FirstOrDefault();
        return other.Name is null ? [] : [new FactFinding("planet", FactVerdicts.Contradicted, what, answer.Substring(other.Start, other.Name.Length), asked.Name, source, other.Start)];
    }

    private static (PlanetFact? Planet, string What) Asked(string prompt, FactTables tables)
    {
        var byOrder = tables.Planets.OrderBy(p => p.Order).ToList();
        var bySize = tables.Planets.OrderBy(p => p.DiameterKm).ToList();
        if (ClaimText.HasAny(prompt, ["closest to the sun", "nearest to the sun", "nearest the sun", "closest planet to the sun", "innermost"]))
        {
            return (byOrder[0], "the planet closest to the sun");
        }
        if (ClaimText.HasAny(prompt, ["farthest from the sun", "furthest from the sun", "outermost"]))
        {
            return (byOrder[^1], "the planet farthest from the sun");
        }
        if (ClaimText.HasAny(prompt, ["biggest", "largest"]))
        {
            return (bySize[^1], "the largest planet");
        }
        if (ClaimText.Has(prompt, "smallest"))
        {
            return (bySize[0], "the smallest planet");
        }
        if (ClaimText.Has(prompt, "red planet"))
        {
            return (tables.Planets.First(p => p.Name == "Mars"), "the red planet");
        }
        var m = OrderFromSun().Match(prompt);
        if (m.Success)
        {
            var n = Ordinal(m.Groups["n"].Value);
            if (n >= 1 && n <= byOrder.Count)
            {
                return (byOrder[n - 1], $"the {Ordinals[n - 1]} planet from the sun");
            }
        }
        return (null, "");
    }

    [GeneratedRegex(@"\b(?<n>first|second|third|fourth|fifth|sixth|seventh|eighth|\d(?:st|nd|rd|th))\s+(?:planet\s+)?from\s+the\s+sun", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex OrderFromSun();

    [GeneratedRegex(@"\b(?<planet>Mercury|Venus|Earth|Mars|Jupiter|Saturn|Uranus|Neptune)\s+is\s+(?:the\s+)?(?<n>first|second|third|fourth|fifth|sixth|seventh|eighth|\d(?:st|nd|rd|th))\s+(?:planet\s+)?from\s+the\s+sun", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex StatedOrder();
}
