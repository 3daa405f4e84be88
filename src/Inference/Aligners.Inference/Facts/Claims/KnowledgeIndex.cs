namespace Aligners.Inference.Facts;

/// <summary>
/// Every phrase the knowledge can be named by (countries, capitals, languages, currencies,
/// elements, moons, discoveries, people, record holders...), indexed by its first word so that a
/// text is read once, left to right, whatever the size of the tables. Built once per
/// <see cref="FactTables"/>; thread-safe to read.
/// </summary>
internal sealed class KnowledgeIndex
{
    /// <summary>One phrase: folded, what it names, and the exact spelling where case matters ("US", "Bell").</summary>
    private sealed record Entry(string Phrase, MentionKind Kind, string Key, string? Exact);

    /// <summary>Kinds whose phrases describe rather than name, so a name inside them still counts ("Jupiter's moons").</summary>
    private static readonly HashSet<MentionKind> Describing = [MentionKind.Discovery, MentionKind.Record, MentionKind.Event, MentionKind.Feat];

    /// <summary>Kinds of feat whose phrases are titles, names only as written ("Titanic", "Jaws"): in lower case they are words.</summary>
    private static readonly HashSet<string> Titled = ["film", "art"];

    private static readonly string[] Continents = ["Africa", "Antarctica", "Asia", "Europe", "North America", "South America", "Oceania"];
    private static readonly string[] Blocks =
    [
        "actinide", "actinoid", "alkali metal", "alkaline earth metal", "halogen", "lanthanide", "lanthanoid", "metalloid",
        "noble gas", "nonmetal", "non-metal", "post-transition metal", "transition metal",
    ];

    private readonly Dictionary<string, List<Entry>> byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public KnowledgeIndex(FactTables tables)
    {
        foreach (var c in tables.Countries)
        {
            c.Names.ToList().ForEach(n => Add(n, MentionKind.Country, c.Code));
            // "Brazilians speak Spanish" says it of Brazil.
            c.Peoples?.ToList().ForEach(n => Add(n, MentionKind.Country, c.Code));
            c.Capitals.ToList().ForEach(n => Add(n, MentionKind.Capital, c.Code));
            c.Languages?.ToList().ForEach(n => Add(n, MentionKind.Language, n));
            c.Currencies?.ToList().ForEach(n => Add(n, MentionKind.Currency, n));
        }
        // "The official language of Austria is Austrian": a people's adjective that is no language of
        // any country is named as a language only where it is taken for one, and judged as one there.
        var languages = tables.Countries.SelectMany(c => c.Languages ?? []).Select(FoldedText.Fold).ToHashSet();
        foreach (var adjective in tables.Countries.SelectMany(c => c.Peoples ?? []).Where(p => p.EndsWith("ans", StringComparison.Ordinal) && !p.Contains(' '))
            .Select(p => p[..^1]).Where(a => !languages.Contains(FoldedText.Fold(a))).Distinct())
        {
            Add(adjective, MentionKind.Language, adjective);
        }
        Continents.ToList().ForEach(n => Add(n, MentionKind.Continent, n));
        foreach (var e in tables.Elements)
        {
            e.AllNames.ToList().ForEach(n => Add(n, MentionKind.Element, e.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        tables.Moons.Where(m => m.Name != "the Moon").ToList().ForEach(m => Add(m.Name, MentionKind.Moon, m.Name));
        tables.Planets.Select(p => p.Name).Append("Pluto").ToList().ForEach(p => Add(p, MentionKind.Planet, p));
        for (var i = 0; i < tables.Discoveries.Count; i++)
        {
            var d = tables.Discoveries[i];
            d.Keywords.ToList().ForEach(k => Add(k, MentionKind.Discovery, i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            d.Surnames.ToList().ForEach(s => Add(s, MentionKind.Person, s, exact: true));
        }
        tables.Works.ToList().ForEach(w => Add(w.Surname, MentionKind.Person, w.Surname, exact: true));
        for (var i = 0; i < tables.Feats.Count; i++)
        {
            var f = tables.Feats[i];
            var titled = f.Kind is { } kind && Titled.Contains(kind);
            f.Keywords.ToList().ForEach(k => Add(k, MentionKind.Feat, i.ToString(System.Globalization.CultureInfo.InvariantCulture), exact: titled));
            f.Surnames.ToList().ForEach(s => Add(s, MentionKind.Figure, s, exact: true));
        }
        // "The noble gases are ...": a block is named in the plural as often as in the singular.
        Blocks.ToList().ForEach(b => { Add(b, MentionKind.Block, Block(b)); Add(b + (b.EndsWith('s') ? "es" : "s"), MentionKind.Block, Block(b)); });
        Add("solid", MentionKind.State, "solid");
        Add("liquid", MentionKind.State, "liquid");
        Add("gas", MentionKind.State, "gas");
        Add("gaseous", MentionKind.State, "gas");
        tables.Superlatives.SelectMany(s => s.Kinds).Distinct().ToList().ForEach(k => Add(k, MentionKind.Record, FoldedText.Fold(k)));
        foreach (var (group, names) in tables.Rivals)
        {
            names.ToList().ForEach(n => Add(n, MentionKind.Rival, group));
        }
        for (var i = 0; i < tables.Events.Count; i++)
        {
            tables.Events[i].Keywords.ToList().ForEach(k => Add(k, MentionKind.Event, i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        foreach (var list in byFirstWord.Values)
        {
            list.Sort((a, b) => b.Phrase.Length.CompareTo(a.Phrase.Length));
        }
        lookup = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// Whether two kinds are the two kinds of people: "Marie Curie" names a first (a figure) and
    /// holds "Curie", a discovery's person; neither hides the other, as each relation reads its own.
    /// </summary>
    private static bool OtherPeople(MentionKind longer, MentionKind shorter) =>
        longer != shorter && longer is MentionKind.Person or MentionKind.Figure && shorter is MentionKind.Person or MentionKind.Figure;

    /// <summary>Nouns after which a person's name names something called after them ("the Nobel Prize").</summary>
    private static readonly string[] Eponymous =
        ["prize", "award", "medal", "institute", "foundation", "university", "college", "hospital", "school", "laboratory", "lecture",
         "museum", "memorial", "centre", "center", "street", "square", "airport", "station", "bridge", "building", "fellowship", "scholarship"];

    /// <summary>Whether the word after a name is one that makes the name an institution's, a prize's or a place's.</summary>
    private static bool NamesAnInstitution(string folded, int end)
    {
        var start = end;
        while (start < folded.Length && folded[start] is ' ' or '-')
        {
            start++;
        }
        var word = FirstWord(folded, start);
        return start > end && Eponymous.Any(e => word == e || word == e + "s");
    }

    /// <summary>The block name the element table writes for a phrase ("non-metal" is "nonmetal", "lanthanoid" "lanthanide").</summary>
    public static string Block(string phrase) => FoldedText.Fold(phrase) switch
    {
        "non-metal" => "nonmetal",
        "lanthanoid" => "lanthanide",
        "actinoid" => "actinide",
        var p => p,
    };

    private void Add(string phrase, MentionKind kind, string key, bool exact = false)
    {
        var folded = FoldedText.Fold(phrase.Trim());
        var first = FirstWord(folded, 0);
        if (first.Length == 0)
        {
            return;
        }
        // An all-capitals name ("US", "UK", "UAE") is a name only in capitals: "us" is a pronoun.
        var last = phrase.Trim().Split(' ')[^1];
        var caps = last.Count(char.IsLetter) >= 2 && last.Where(char.IsLetter).All(char.IsUpper);
        if (!byFirstWord.TryGetValue(first, out var list))
        {
            byFirstWord[first] = list = [];
        }
        var entry = new Entry(folded, kind, key, exact || caps ? phrase.Trim() : null);
        if (!list.Contains(entry))
        {
            list.Add(entry);
        }
    }

    private static string FirstWord(string folded, int start)
    {
        var end = start;
        while (end < folded.Length && char.IsLetterOrDigit(folded[end]))
        {
            end++;
        }
        return folded[start..end];
    }

    /// <summary>
    /// Every phrase of the knowledge in <paramref name="text"/> as whole words, in order. Where a
    /// longer name holds a shorter one ("Mexico City", "South Sudan", "US Dollar") only the longer
    /// counts, unless the longer one describes rather than names ("Jupiter's moons").
    /// </summary>
    public List<Mention> Find(FoldedText text)
    {
        var found = new List<Mention>();
        var folded = text.Folded;
        for (var i = 0; i < folded.Length; i++)
        {
            if (!char.IsLetterOrDigit(folded[i]) || (i > 0 && char.IsLetterOrDigit(folded[i - 1])))
            {
                continue;
            }
            var wordEnd = i;
            while (wordEnd < folded.Length && char.IsLetterOrDigit(folded[wordEnd]))
            {
                wordEnd++;
            }
            var word = folded.AsSpan(i, wordEnd - i);
            if (lookup.TryGetValue(word, out var entries))
            {
                foreach (var e in entries)
                {
                    var end = i + e.Phrase.Length;
                    if (end <= folded.Length && string.CompareOrdinal(folded, i, e.Phrase, 0, e.Phrase.Length) == 0
                        && (end == folded.Length || !char.IsLetterOrDigit(folded[end]))
                        && !Contractions.Continues(folded, end)
                        && (e.Exact is null || string.CompareOrdinal(text.Text, i, e.Exact, 0, e.Exact.Length) == 0))
                    {
                        found.Add(new Mention(e.Kind, e.Key, i, e.Phrase.Length));
                    }
                }
            }
            i += word.Length - 1;
        }
        // A shorter name inside or across a longer one ("the US" across "US dollar") is not read.
        // Mentions come in order of their start, and none is longer than a line: look only near.
        var kept = new List<Mention>(found.Count);
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            var covered = false;
            for (var j = i - 1; j >= 0 && !covered && found[j].Start > m.Start - 200; j--)
            {
                covered = found[j].Length > m.Length && found[j].Overlaps(m) && !Describing.Contains(found[j].Kind) && !OtherPeople(found[j].Kind, m.Kind);
            }
            for (var j = i + 1; j < found.Count && !covered && found[j].Start < m.End; j++)
            {
                covered = found[j].Length > m.Length && found[j].Overlaps(m) && !Describing.Contains(found[j].Kind) && !OtherPeople(found[j].Kind, m.Kind);
            }
            if (!covered && !(m.Kind is MentionKind.Person or MentionKind.Figure && NamesAnInstitution(folded, m.End)))
            {
                kept.Add(m);
            }
        }
        return kept;
    }
}
