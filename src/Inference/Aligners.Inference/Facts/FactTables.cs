using System.Text.Json;

namespace Aligners.Inference.Facts;

/// <summary>A country, the names it goes by, and its capital (with other names the capital goes by).</summary>
public sealed record CountryFact(string Code, string Country, IReadOnlyList<string> Names, string Capital, IReadOnlyList<string> Capitals);

/// <summary>A chemical element.</summary>
public sealed record ElementFact(int Number, string Symbol, string Name, IReadOnlyList<string>? Names = null)
{
    /// <summary>Every spelling of the name.</summary>
    public IReadOnlyList<string> AllNames => Names ?? [Name];
}

/// <summary>A planet of the solar system, its order from the sun and its equatorial diameter.</summary>
public sealed record PlanetFact(int Order, string Name, double DiameterKm);

/// <summary>A well-known work and its author.</summary>
public sealed record WorkFact(string Title, string Author, string Surname);

/// <summary>
/// A dated event: its phrases (any one names it), the qualifiers that pick it among events with
/// the same subject (any one, or none needed), and its year.
/// </summary>
public sealed record EventFact(string Subject, string Event, int Year, IReadOnlyList<string> Keywords, IReadOnlyList<string> Qualifiers);

/// <summary>
/// The knowledge the fact checker ships: JSON tables embedded in this assembly (Facts/Data), each
/// naming its source. Capitals come from npm countries-list 3.4.1 (MIT, via training/facts); the
/// others are written by the project.
/// </summary>
public sealed class FactTables
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly Lazy<FactTables> Bundled = new(Load);

    private FactTables(IReadOnlyList<CountryFact> countries, IReadOnlyList<ElementFact> elements, IReadOnlyList<PlanetFact> planets,
        IReadOnlyList<WorkFact> works, IReadOnlyList<EventFact> events, IReadOnlyDictionary<string, string> sources)
    {
        Countries = countries;
        Elements = elements;
        Planets = planets;
        Works = works;
        Events = events;
        Sources = sources;
    }

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

    /// <summary>Each table's source, by table name (capitals, elements, planets, works, events).</summary>
    public IReadOnlyDictionary<string, string> Sources { get; }

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
            return doc.RootElement.GetProperty(property).Deserialize<T>(Json)
                ?? throw new InferenceException($"the fact table '{table}' has no '{property}'");
        }
        return new FactTables(
            Read<List<CountryFact>>("capitals", "countries"),
            Read<List<ElementFact>>("elements", "elements"),
            Read<List<PlanetFact>>("planets", "planets"),
            Read<List<WorkFact>>("works", "works"),
            Read<List<EventFact>>("events", "events"),
            sources);
    }
}
