using System.Globalization;

namespace Aligners.Inference.Facts;

/// <summary>
/// The tables' facts by the keys the readers look them up by, built once per
/// <see cref="FactTables"/> rather than on every check: a mention carries a country's code or an
/// element's number, and a token may be an element's symbol.
/// </summary>
internal sealed class TableKeys
{
    public TableKeys(FactTables tables)
    {
        Countries = tables.Countries.ToDictionary(c => c.Code);
        ElementsByNumber = tables.Elements.ToDictionary(e => e.Number.ToString(CultureInfo.InvariantCulture));
        ElementsBySymbol = tables.Elements.ToDictionary(e => e.Symbol, StringComparer.Ordinal);
    }

    /// <summary>Each country by its code.</summary>
    public IReadOnlyDictionary<string, CountryFact> Countries { get; }

    /// <summary>Each element by its atomic number as written in a mention's key.</summary>
    public IReadOnlyDictionary<string, ElementFact> ElementsByNumber { get; }

    /// <summary>Each element by its symbol, case as written ("Fe", not "FE").</summary>
    public IReadOnlyDictionary<string, ElementFact> ElementsBySymbol { get; }
}
