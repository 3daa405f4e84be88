namespace Aligners.Inference.Facts;

/// <summary>
/// A stranger listed among the people who share a fact: "founded by Bill Gates and Steve Wozniak"
/// names one right founder and one wrong one. Where a row's people are all named when several are
/// (<see cref="Relation.Every"/>), a wrong person joined to a right one by "and", "&amp;" or a comma
/// is contradicted, and replaced by a right person the answer does not name yet. A wrong person
/// further off (another clause, "unlike Bill Gates") is not in the list, and the sentence is left
/// to the other rules.
/// </summary>
internal static class ListedStrangers
{
    /// <summary>What may stand between two names of one list.</summary>
    private static readonly string[] Joints = ["and", ",", ", and", "&", "as well as"];

    /// <summary>The contradiction of the first wrong person listed beside a right one; null where there is none.</summary>
    public static FactFinding? Judge(ClaimContext context, (int Start, int End) segment, Relation relation, string key, List<Mention> values, string subject)
    {
        if (context.Negated(segment) || context.Contrasted(segment))
        {
            return null;
        }
        var text = context.Answer.Text;
        var right = values.Where(v => relation.IsRight(key, v.Key)).ToList();
        foreach (var wrong in values.Where(v => !relation.IsRight(key, v.Key)).OrderBy(v => v.Start))
        {
            if (!right.Any(r => Listed(text, wrong, r)))
            {
                continue;
            }
            var (start, length) = ClaimText.WithGivenNames(text, wrong.Start, wrong.Length);
            var unnamed = relation.Expected(key).Split([" or ", " and "], StringSplitOptions.RemoveEmptyEntries)
                .FirstOrDefault(p => !text.Contains(p.Split(' ')[^1], StringComparison.Ordinal));
            return unnamed is null
                ? new FactFinding(relation.Domain, FactVerdicts.Contradicted, subject, text.Substring(start, length), relation.Expected(key), relation.Source(key))
                : new FactFinding(relation.Domain, FactVerdicts.Contradicted, subject, text.Substring(start, length), unnamed, relation.Source(key), start);
        }
        return null;
    }

    /// <summary>Whether two names stand next to each other in a list ("X and Y", "X, Y").</summary>
    public static bool Listed(string text, Mention a, Mention b)
    {
        var (first, second) = a.Start < b.Start ? (a, b) : (b, a);
        if (second.Start < first.End)
        {
            return false;
        }
        var between = text.AsSpan(first.End, second.Start - first.End).Trim();
        // A given name before the second surname belongs to it ("Bill Gates and Steve Wozniak").
        var lastSpace = between.LastIndexOf(' ');
        if (lastSpace > 0 && between.Length - lastSpace - 1 > 0 && char.IsUpper(between[lastSpace + 1]))
        {
            between = between[..lastSpace].TrimEnd();
        }
        foreach (var joint in Joints)
        {
            if (between.Equals(joint, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
