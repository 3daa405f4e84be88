using System.Text.Json;

namespace Aligners.Inference.Facts;

/// <summary>
/// A country, the names it goes by, its capital (with other names the capital goes by), the
/// continents it lies in (and those of them that hold only a small part of its land), its official
/// languages, the names of its currencies and the names of its people ("Brazilians"), which stand
/// for the country as a claim's subject.
/// </summary>
public sealed record CountryFact(string Code, string Country, IReadOnlyList<string> Names, string Capital, IReadOnlyList<string> Capitals,
    IReadOnlyList<string>? Continents = null, IReadOnlyList<string>? Languages = null, IReadOnlyList<string>? Currencies = null,
    IReadOnlyList<string>? MinorContinents = null, IReadOnlyList<string>? Peoples = null);

/// <summary>A chemical element: its standard atomic mass, its state at room temperature and its group block where known.</summary>
public sealed record ElementFact(int Number, string Symbol, string Name, IReadOnlyList<string>? Names = null, double? AtomicMass = null,
    string? State = null, string? Block = null)
{
    /// <summary>Every spelling of the name.</summary>
    public IReadOnlyList<string> AllNames => Names ?? [Name];
}

/// <summary>A moon and the planet (or dwarf planet) it orbits.</summary>
public sealed record MoonFact(string Name, string Planet);

/// <summary>
/// An invention, discovery, theory or work: the phrases that name it, the people credited with it
/// (any one is right, matched by <see cref="Surnames"/>), the years it is dated to (any one is
/// right; none where the date is too loose to check) and the reference. The same shape holds the
/// tables beyond science (<see cref="FactTables.Feats"/>): <see cref="Kind"/> names which ("president",
/// "first", "film", "art"). <see cref="Every"/> marks a row whose people are all named when several
/// are (a company's founders), so a stranger listed beside them is wrong even though one is right.
/// </summary>
public sealed record DiscoveryFact(string Subject, IReadOnlyList<string> Keywords, IReadOnlyList<string> People, IReadOnlyList<string> Surnames,
    IReadOnlyList<int> Years, string Source, string? Kind = null, bool Every = false);

/// <summary>
/// A record holder: the phrases that ask for it ("highest mountain"), where it holds (a continent,
/// country or planet; none for the world), the group of rivals that can be named instead, the
/// right answers and the reference. <see cref="Anywhere"/> marks a record that is the world's by
/// definition (a world record, the World Cup), so a place in its sentence says where it was set,
/// not which record is meant.
/// </summary>
public sealed record SuperlativeFact(IReadOnlyList<string> Kinds, IReadOnlyList<string> Scope, string Group, IReadOnlyList<string> Answer, string Source,
    bool Anywhere = false);

/// <summary>
/// A number: what it counts or measures, the phrases that name its subject and the words that
/// ask for the number, the right values (any one), the UnitsNet unit it is in (empty for a
/// count), the relative tolerance and the reference; <see cref="Names"/> are proper names that
/// hold a cue word without asking for the number ("united states" holds "states"); <see cref="Others"/>
/// are the other media a measure is also given for ("in water", "in steel" for the speed of sound in
/// air), so that a sentence naming one gives that medium's value, not this one.
/// </summary>
public sealed record MeasureFact(string Subject, IReadOnlyList<string> Subjects, IReadOnlyList<string> Cues, IReadOnlyList<double> Values,
    string Unit, double Tolerance, string Source, IReadOnlyList<string>? Names = null, IReadOnlyList<string>? Others = null);

/// <summary>A planet of the solar system, its order from the sun and its equatorial diameter.</summary>
public sealed record PlanetFact(int Order, string Name, double DiameterKm);

/// <summary>A well-known work, its author and the years of its first publication (any one; none where the table gives none).</summary>
public sealed record WorkFact(string Title, string Author, string Surname, IReadOnlyList<int>? Years = null);

/// <summary>
/// A dated event: its phrases (any one names it), the qualifiers that pick it among events with
/// the same subject (any one, or none needed), and its year.
/// </summary>
public sealed record EventFact(string Subject, string Event, int Year, IReadOnlyList<string> Keywords, IReadOnlyList<string> Qualifiers);

/// <summary>
/// The knowledge the fact checker ships: JSON tables embedded in this assembly (Facts/Data), each
/// naming its source (Facts/Data/SOURCES.md lists them). Countries come from npm countries-list
/// 3.4.1 and currency-codes 2.2.0, elements from npm periodic-table-data 1.1.1 (all MIT, written by
/// training/facts/make.sh); the others are written by the project with a reference per row.
/// </summary>
public sealed class FactTables
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly Lazy<FactTables> Bundled = new(Load);

    private FactTables(IReadOnlyList<CountryFact> countries, IReadOnlyList<ElementFact> elements, IReadOnlyList<PlanetFact> planets,
        IReadOnlyList<MoonFact> moons, IReadOnlyList<WorkFact> works, IReadOnlyList<EventFact> events, IReadOnlyList<DiscoveryFact> discoveries,
        IReadOnlyList<SuperlativeFact> superlatives, IReadOnlyDictionary<string, IReadOnlyList<string>> rivals, IReadOnlyList<MeasureFact> measures,
        IReadOnlyDictionary<string, string> sources, IReadOnlyList<DiscoveryFact> feats)
    {
        Feats = feats;
        Countries = countries;
        Elements = elements;
        Planets = planets;
        Moons = moons;
        Works = works;
        Events = events;
        Discoveries = discoveries;
        Superlatives = superlatives;
        Rivals = rivals;
        Measures = measures;
        Sources = sources;
        index = new(() => new KnowledgeIndex(this));
        relations = new(() => Relation.All(this));
        folded = new(() => new FoldedTables(this));
        keys = new(() => new TableKeys(this));
    }

    private readonly Lazy<TableKeys> keys;

    /// <summary>The facts by the keys mentions carry, indexed once.</summary>
    internal TableKeys Keys => keys.Value;

    private readonly Lazy<FoldedTables> folded;

    /// <summary>The tables' phrases folded once.</summary>
    internal FoldedTables Folded => folded.Value;

    private readonly Lazy<KnowledgeIndex> index;
    private readonly Lazy<IReadOnlyList<Relation>> relations;

    /// <summary>Every phrase of these tables, indexed for reading a text once.</summary>
    internal KnowledgeIndex Index => index.Value;

    /// <summary>The relations these tables answer (capital, language, currency...).</summary>
    internal IReadOnlyList<Relation> Relations => relations.Value;

    /// <summary>The tables bundled with the app, read once.</summary>
    public static FactTables Default => Bundled.Value;

    /// <summary>Countries with capitals.</summary>
    public IReadOnlyList<CountryFact> Countries { get; }

    /// <summary>The 118 elements.</summary>
    public IReadOnlyList<ElementFact> Elements { get; }

    /// <summary>The eight planets, in order from the sun.</summary>
    public IReadOnlyList<PlanetFact> Planets { get; }

    /// <summary>Works and their authors.</summary>
    public IReadOnlyList<WorkFact> Works { get; }

    /// <summary>Dated events.</summary>
    public IReadOnlyList<EventFact> Events { get; }

    /// <summary>Moons and their planets.</summary>
    public IReadOnlyList<MoonFact> Moons { get; }

    /// <summary>Inventions, discoveries, theories and works, with their people and years.</summary>
    public IReadOnlyList<DiscoveryFact> Discoveries { get; }

    /// <summary>Record holders: highest mountains and longest rivers by continent, highest points by country, and others.</summary>
    public IReadOnlyList<SuperlativeFact> Superlatives { get; }

    /// <summary>The rivals of each superlative group ("mountain", "river"): names that, in place of the answer, contradict it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Rivals { get; }

    /// <summary>Physical constants, common measures and anatomy counts.</summary>
    public IReadOnlyList<MeasureFact> Measures { get; }

    /// <summary>
    /// Facts beyond science and geography, each a subject and the people who hold it: the US
    /// presidents in order, famous firsts, films' directors, the makers of buildings and artworks.
    /// </summary>
    public IReadOnlyList<DiscoveryFact> Feats { get; }

    /// <summary>Each table's source, by table name (capitals, elements, planets, works, events, discoveries, superlatives, measures).</summary>
    public IReadOnlyDictionary<string, string> Sources { get; }

    /// <summary>
    /// How many checkable facts the tables hold: per country its capital, continent, each official
    /// language and its currency; per element its symbol, number, atomic mass, state and block;
    /// each planet's order, each moon's planet, each work's author and year, each event's year, each
    /// discovery's people and year, each record holder and each measure.
    /// </summary>
    public int FactCount =>
        Countries.Sum(c => 1 + (c.Continents is { Count: > 0 } ? 1 : 0) + (c.Languages?.Count ?? 0) + (c.Currencies is { Count: > 0 } ? 1 : 0))
        + Elements.Sum(e => 2 + (e.AtomicMass is null ? 0 : 1) + (e.State is null ? 0 : 1) + (e.Block is null ? 0 : 1))
        + Planets.Count + Moons.Count + Works.Sum(w => w.Years is { Count: > 0 } ? 2 : 1) + Events.Count
        + Discoveries.Sum(d => 1 + (d.Years.Count > 0 ? 1 : 0)) + Superlatives.Count + Measures.Count
        + Feats.Count;

    /// <summary>The tables of <see cref="Feats"/>, each with a <c>facts</c> list in the discoveries' shape.</summary>
    private static readonly string[] FeatTables = ["presidents", "firsts", "films", "landmarks"];

    private static FactTables Load()
    {
        var sources = new Dictionary<string, string>();
        T Read<T>(string table, string property)
        {
            var assembly = typeof(FactTables).Assembly;
            using var stream = assembly.GetManifestResourceStream($"facts/{table}.json")
                ?? throw new InferenceException($"the fact table '{table}' is missing from {assembly.GetName().Name}");
            using var doc = JsonDocument.Parse(stream);
            sources[table] = doc.RootElement.GetProperty("source").GetString() ?? table;
            var element = property.Length == 0 ? doc.RootElement : doc.RootElement.GetProperty(property);
            return element.Deserialize<T>(Json)
                ?? throw new InferenceException($"the fact table '{table}' has no '{property}'");
        }
        var superlatives = Read<SuperlativeTable>("superlatives", "");
        var countries = Read<List<CountryFact>>("capitals", "countries");
        return new FactTables(
            countries,
            Read<List<ElementFact>>("elements", "elements"),
            Read<List<PlanetFact>>("planets", "planets"),
            Read<List<MoonFact>>("planets", "moons"),
            Read<List<WorkFact>>("works", "works"),
            Read<List<EventFact>>("events", "events"),
            [.. Read<List<DiscoveryFact>>("discoveries", "discoveries"), .. Read<List<DiscoveryFact>>("companies", "facts")],
            superlatives.All(countries),
            superlatives.Rivals(countries),
            Read<List<MeasureFact>>("measures", "measures"),
            sources,
            [.. FeatTables.SelectMany(t => Read<List<DiscoveryFact>>(t, "facts"))]);
    }
}

/// <summary>The superlatives file as written: rival groups, record holders, and each country's highest point.</summary>
internal sealed record SuperlativeTable(Dictionary<string, List<string>> Groups, List<SuperlativeFact> Facts, HighestPoints HighestPoints)
{
    /// <summary>The kinds of question a country's highest point answers.</summary>
    private static readonly string[] HighestKinds = ["highest mountain", "tallest mountain", "highest peak", "highest point", "tallest peak"];

    /// <summary>The record holders with each country's highest point added under its country's names.</summary>
    public IReadOnlyList<SuperlativeFact> All(IReadOnlyList<CountryFact> countries) =>
        [.. Facts, .. HighestPoints.Countries.Select(p => (Country: countries.FirstOrDefault(c => c.Code == p.Key), Peaks: p.Value))
            .Where(p => p.Country is not null && p.Peaks.Count > 0)
            .Select(p => new SuperlativeFact(HighestKinds, p.Country!.Names, "mountain", p.Peaks, HighestPoints.Source))];

    /// <summary>Each group's rivals, with every answer of the group among them.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Rivals(IReadOnlyList<CountryFact> countries) =>
        All(countries).GroupBy(f => f.Group).Select(g => (g.Key, Names: Groups.GetValueOrDefault(g.Key, []).Concat(g.SelectMany(f => f.Answer))))
            .Concat(Groups.Where(g => All(countries).All(f => f.Group != g.Key)).Select(g => (g.Key, Names: g.Value.AsEnumerable())))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Names.Distinct(StringComparer.OrdinalIgnoreCase).ToList());
}

/// <summary>Each country's highest point, by country code, and where the list comes from.</summary>
internal sealed record HighestPoints(string Source, Dictionary<string, List<string>> Countries);
