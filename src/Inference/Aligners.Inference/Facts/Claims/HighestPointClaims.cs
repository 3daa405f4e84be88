using System.Runtime.CompilerServices;

namespace Aligners.Inference.Facts;

/// <summary>
/// A country's highest point stated around the country's name: "Nepal's highest mountain is X",
/// "the highest peak in Chile is X", "X is Spain's highest point", "X is the tallest mountain of
/// Peru". The place named need not be a mountain the tables know (a hill, a rock, a volcano), so the
/// capitalised words in the claim's place are the claim, and any of them other than the country's
/// highest point contradicts it. <see cref="RecordClaims"/> reads the other shapes, with known rivals.
/// </summary>
internal static class HighestPointClaims
{
    private static readonly string[] Kinds =
        [.. from adjective in new[] { "highest", "tallest" } from noun in new[] { "mountain peak", "mountain", "peak", "point", "summit" } select $"{adjective} {noun}"];

    /// <summary>How far around the country the shapes are looked for.</summary>
    private const int Reach = 60;

    /// <summary>What may stand between the record and the name that follows it.</summary>
    private static readonly string[] Links = [" is ", ", ", ": ", " - ", " = "];

    public static IEnumerable<FactFinding> Check(ClaimContext context, FactTables tables)
    {
        var text = context.Answer.Text;
        var folded = context.Answer.Folded;
        Dictionary<string, SuperlativeFact>? points = null;
        foreach (var segment in context.Segments)
        {
            foreach (var country in context.In(segment, MentionKind.Country))
            {
                if (Named(text, folded, segment, country) is not { } named)
                {
                    continue;
                }
                points ??= Points(tables);
                if (!points.TryGetValue(country.Key, out var fact) || tables.Folded.CountryNames.Contains(FoldedText.Fold(named.Name)))
                {
                    continue;
                }
                var subject = $"the highest point of {fact.Scope[0]}";
                if (PlaceNames.IsOneOf(named.Name, fact.Answer))
                {
                    yield return new FactFinding("record", FactVerdicts.Confirmed, subject, named.Name, fact.Answer[0], fact.Source);
                }
                else if (!context.Negated(segment))
                {
                    yield return new FactFinding("record", FactVerdicts.Contradicted, subject, named.Name, fact.Answer[0], fact.Source, named.Start);
                }
            }
        }
    }

    /// <summary>Each country's highest point, found once per set of tables.</summary>
    private static readonly ConditionalWeakTable<FactTables, Dictionary<string, SuperlativeFact>> Found = new();

    private static Dictionary<string, SuperlativeFact> Points(FactTables tables) => Found.GetValue(tables, Find);

    /// <summary>Each country's highest point by country code: the record whose scope is the country's names.</summary>
    private static Dictionary<string, SuperlativeFact> Find(FactTables tables)
    {
        var points = new Dictionary<string, SuperlativeFact>();
        foreach (var c in tables.Countries)
        {
            if (tables.Superlatives.FirstOrDefault(f => f.Kinds.Contains("highest point") && f.Scope.SequenceEqual(c.Names)) is { } fact)
            {
                points[c.Code] = fact;
            }
        }
        return points;
    }

    /// <summary>The name claimed as the country's highest point in one of the shapes, or null.</summary>
    private static (string Name, int Start)? Named(string text, string folded, (int Start, int End) segment, Mention country)
    {
        // The shapes stand within a few words of the country: reading no further keeps a segment
        // that names many countries from being copied once for each.
        var from = Math.Max(segment.Start, country.Start - Reach);
        var before = folded[from..country.Start];
        var after = folded[country.End..Math.Min(segment.End, country.End + Reach)];
        // "Country's highest mountain ...".
        foreach (var possessive in new[] { "'s ", "' " })
        {
            if (after.StartsWith(possessive, StringComparison.Ordinal) && KindAt(after, possessive.Length) is { } kind)
            {
                var rest = country.End + possessive.Length + kind.Length;
                return before.EndsWith(" is ", StringComparison.Ordinal)
                    ? PlaceNames.Backward(text, segment.Start, country.Start - " is ".Length)
                    : Linked(text, folded, rest, segment.End);
            }
        }
        // "the highest mountain in Country ...".
        var trimmed = before.EndsWith("the ", StringComparison.Ordinal) ? before[..^"the ".Length] : before;
        foreach (var preposition in new[] { " in ", " of " })
        {
            if (!trimmed.EndsWith(preposition, StringComparison.Ordinal))
            {
                continue;
            }
            var head = trimmed[..^preposition.Length];
            if (Kinds.FirstOrDefault(k => head.EndsWith(k, StringComparison.Ordinal) && (head.Length == k.Length || head[^(k.Length + 1)] == ' ')) is not { } kind)
            {
                continue;
            }
            head = head[..^kind.Length].TrimEnd();
            if (head.EndsWith("the", StringComparison.Ordinal))
            {
                head = head[..^"the".Length].TrimEnd();
            }
            // "X is the highest mountain in Country" names it before; otherwise the name follows.
            return head.EndsWith(" is", StringComparison.Ordinal)
                ? PlaceNames.Backward(text, segment.Start, from + head.Length - " is".Length)
                : Linked(text, folded, country.End, segment.End);
        }
        return null;
    }

    private static string? KindAt(string text, int at) =>
        Kinds.FirstOrDefault(k => text.AsSpan(at).StartsWith(k, StringComparison.Ordinal) && (text.Length == at + k.Length || !char.IsLetter(text[at + k.Length])));

    /// <summary>The name after a link ("is", a comma, a colon) that follows <paramref name="from"/>, or null.</summary>
    private static (string Name, int Start)? Linked(string text, string folded, int from, int end)
    {
        var i = from;
        while (i < end && folded[i] == '*')
        {
            i++;
        }
        foreach (var link in Links)
        {
            if (folded.AsSpan(i, end - i).StartsWith(link, StringComparison.Ordinal))
            {
                // A name may go on past a cut the segments make after an abbreviation ("Mt. Fuji").
                return PlaceNames.Forward(text, i + link.Length, text.Length);
            }
        }
        return null;
    }
}
