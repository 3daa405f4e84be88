using System.Globalization;

namespace Aligners.Inference.Facts;

/// <summary>
/// The relations of the tables beyond science (<see cref="FactTables.Feats"/>): who held a place
/// in order (the 16th US president), who did something first in the world, who directed a film,
/// who made a building or an artwork. Each reads only its own kind of row, so a film's director is
/// never judged against a president.
/// </summary>
internal static class FeatRelations
{
    /// <summary>Kinds of feat, with the words one of which must say the relation is meant; none where the subject's phrase says it.</summary>
    private static readonly (string Kind, string Domain, string[] Cues)[] Kinds =
    [
        // "The 16th president of the United States" and "the first person in space" name the relation themselves.
        ("president", "president", []),
        ("first", "first", []),
        // A film's title alone says nothing of its director: an actor or the novelist may be named beside it.
        ("film", "film", ["direct", "helm", "filmmaker", "film-maker"]),
        ("art", "art", ["paint", "design", "architect", "built", "build", "sculpt", "creat", "made by", "engineer", "by"]),
    ];

    /// <summary>One relation per kind of feat.</summary>
    public static IEnumerable<Relation> All(FactTables tables)
    {
        DiscoveryFact Row(string key) => tables.Feats[int.Parse(key, CultureInfo.InvariantCulture)];
        foreach (var (kind, domain, cues) in Kinds)
        {
            yield return new Relation(domain, MentionKind.Feat, MentionKind.Figure, cues,
                key => Row(key).Kind == kind ? Row(key).Subject : null,
                (key, name) => Row(key).Surnames.Contains(name),
                key => string.Join(" and ", Row(key).People),
                key => Row(key).Source,
                Narrowed: kind == "first" ? FirstScope.Narrowed : null);
        }
    }
}
