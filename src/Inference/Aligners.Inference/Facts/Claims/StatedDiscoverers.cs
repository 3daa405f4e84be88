using System.Globalization;
using System.Text.RegularExpressions;

namespace Aligners.Inference.Facts;

/// <summary>
/// Who an answer says discovered or invented a thing the knowledge holds, in the two shapes that
/// say it outright: "the double helix structure of DNA was discovered by Linus Pauling", "Nikola
/// Tesla invented the telephone". The credit relation reads only the people the tables know, each
/// paired with the nearest discovery; this reads any capitalised name in those shapes, confirms it
/// when its surname is among the discovery's people and contradicts it, whole name and all, when not.
/// </summary>
internal static partial class StatedDiscoverers
{
    /// <summary>The most characters read beside a discovery for its person.</summary>
    private const int Reach = 90;

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>Words that begin no person's name.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "This", "That", "It", "He", "She", "They", "We", "You", "I", "Its", "His", "Her", "Their", "Scientists", "Researchers",
        "People", "Someone", "Nobody", "Many", "Most", "Some", "Who", "Which", "What", "Yes", "No",
    };

    public static IEnumerable<FactFinding> Check(ClaimContext context, FactTables tables)
    {
        var text = context.Answer.Text;
        var judged = new HashSet<int>();
        foreach (var mention in context.Mentions.Where(m => m.Kind == MentionKind.Discovery && m.Start >= 0 && m.End <= text.Length))
        {
            var discovery = tables.Discoveries[int.Parse(mention.Key, CultureInfo.InvariantCulture)];
            // A person the tables know is judged here too: the credit relation pairs a known name with
            // the nearest discovery, which can be another one in the sentence ("created by John Dalton
            // ..., who arranged the elements by atomic weight"). The reader keeps the relation's
            // finding where both judge the same discovery.
            if (Person(text, mention) is not var (start, name) || !judged.Add(start))
            {
                continue;
            }
            var subject = $"who is credited with {discovery.Subject}";
            var words = name.Split(' ');
            if (discovery.Surnames.Any(s => words.Contains(s, StringComparer.OrdinalIgnoreCase) || name.EndsWith(s, StringComparison.OrdinalIgnoreCase)))
            {
                yield return new FactFinding("discovery", FactVerdicts.Confirmed, subject, name, string.Join(" or ", discovery.People), discovery.Source);
            }
            else if (context.Segments.FirstOrDefault(s => s.Start <= start && start < s.End) is var segment
                    && !context.Negated(ConsequenceClauses.UpToConsequence(context.Answer.Folded, segment, start + name.Length)))
            {
                yield return new FactFinding("discovery", FactVerdicts.Contradicted, subject, name, string.Join(" or ", discovery.People), discovery.Source, start);
            }
        }
    }

    /// <summary>The person credited beside the discovery at <paramref name="mention"/>, and where the name starts.</summary>
    private static (int Start, string Name)? Person(string text, Mention mention)
    {
        var rest = text.Substring(mention.End, Math.Min(Reach, text.Length - mention.End));
        if (ByPerson().Match(rest) is { Success: true } by && StatedAuthors.Name(by.Groups["name"].Value) is { } byName && !NotNames.Contains(byName.Split(' ')[0]))
        {
            return (mention.End + by.Groups["name"].Index, byName);
        }
        var from = Math.Max(0, mention.Start - Reach);
        if (PersonVerb().Match(text.Substring(from, mention.Start - from)) is { Success: true } before
            && from + before.Groups["name"].Index is var start && (start == 0 || !char.IsLetter(text[start - 1]))
            && !NotNames.Contains(before.Groups["name"].Value.Split(' ')[0]))
        {
            return (start, before.Groups["name"].Value);
        }
        return null;
    }

    // After the discovery, a few words at most: "... structure of DNA was discovered by Linus Pauling".
    [GeneratedRegex(@"^[*_""”’']*(?:\s+[\p{Ll}\-']+){0,4}\s*,?\s+(?:was|were|is|had\s+been|has\s+been)\s+(?:first\s+|actually\s+|originally\s+)?(?:discovered|invented|formulated|developed|proposed|devised|identified|isolated|created)\s+by\s+(?<name>(?:\p{Lu}\.\s?){0,3}\p{Lu}[\p{L}'’\-]*\.?(?: \p{Lu}[\p{L}'’\-]*\.?){0,2})", Options)]
    private static partial Regex ByPerson();

    // Before it: "Linus Pauling discovered the", "Tesla first invented a".
    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}'’\-]*(?: \p{Lu}[\p{L}'’\-]*){0,2})\s+(?:first\s+|actually\s+|famously\s+)?(?:discovered|invented|formulated|developed|proposed|devised|identified|isolated)\s+(?:the\s+|a\s+|an\s+)?[*_""“‘']*$", Options)]
    private static partial Regex PersonVerb();
}
