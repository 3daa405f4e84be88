namespace Aligners.Inference.Facts;

/// <summary>
/// The phrases of the tables folded once (<see cref="FoldedText.Fold"/>), so that reading an answer
/// compares strings and never folds the tables again.
/// </summary>
internal sealed class FoldedTables
{
    public FoldedTables(FactTables tables)
    {
        Records = tables.Superlatives
            .Select(f => (Fact: f, Kinds: f.Kinds.Select(FoldedText.Fold).ToList(), Scope: f.Scope.Select(FoldedText.Fold).ToList(), Answers: f.Answer.Select(FoldedText.Fold).ToHashSet()))
            .SelectMany(r => r.Kinds.Select(k => (Kind: k, Record: new FoldedRecord(r.Fact, r.Scope, r.Answers))))
            .GroupBy(p => p.Kind).ToDictionary(g => g.Key, g => g.Select(p => p.Record).ToList());
        EventKeywords = tables.Events.Select(e => e.Keywords.Select(FoldedText.Fold).ToHashSet()).ToList();
        EventQualifiers = tables.Events.Select(e => e.Qualifiers.Select(FoldedText.Fold).ToList()).ToList();
        CountryNames = tables.Countries.SelectMany(c => c.Names).Select(FoldedText.Fold).ToHashSet();
        Capitals = tables.Countries.ToDictionary(c => c.Code, c => c.Capitals.Select(FoldedText.Fold).ToHashSet());
    }

    /// <summary>Record holders by the folded phrase that asks for them.</summary>
    public Dictionary<string, List<FoldedRecord>> Records { get; }

    /// <summary>Each event's folded phrases, by its index.</summary>
    public List<HashSet<string>> EventKeywords { get; }

    /// <summary>Each event's folded telling words, by its index.</summary>
    public List<List<string>> EventQualifiers { get; }

    /// <summary>Every folded name of a country.</summary>
    public HashSet<string> CountryNames { get; }

    /// <summary>Each country's folded capitals, by code.</summary>
    public Dictionary<string, HashSet<string>> Capitals { get; }
}

/// <summary>A record holder with its scope and answers folded.</summary>
internal sealed record FoldedRecord(SuperlativeFact Fact, List<string> Scope, HashSet<string> Answers);
