using System.Text.RegularExpressions;

namespace Aligners.Inference.Facts;

/// <summary>
/// Chemical elements: the symbol of a named element, the element of a symbol, the element of an
/// atomic number. The answer is right when it holds the expected symbol or name, and contradicts
/// it when it names another element or symbol instead.
/// </summary>
internal static partial class ElementClaims
{
    /// <summary>Symbols that are also English words; taken as symbols only where nothing else is written.</summary>
    private static readonly HashSet<string> WordLike = ["I", "In", "As", "At", "Be", "He", "No", "Am", "Os", "Es", "Pa", "Ga", "Bi"];

    public static IEnumerable<FactFinding> Check(string prompt, string answer, FactTables tables)
    {
        var source = tables.Sources["elements"];
        if (ClaimText.Has(prompt, "symbol") && SymbolAsked(prompt, tables) is { } bySymbol)
        {
            return Named(bySymbol, $"the element with the symbol {bySymbol.Symbol}", answer, tables, source);
        }
        if (ClaimText.Has(prompt, "symbol") && NameIn(prompt, tables) is { } byName)
        {
            return Symbol(byName, answer, tables, source);
        }
        if (AtomicNumber().Match(prompt) is { Success: true } n && tables.Elements.FirstOrDefault(e => e.Number == int.Parse(n.Groups[1].Success ? n.Groups[1].Value : n.Groups[2].Value)) is { } byNumber)
        {
            return Named(byNumber, $"element number {byNumber.Number}", answer, tables, source);
        }
        return [];
    }

    private static IEnumerable<FactFinding> Symbol(ElementFact element, string answer, FactTables tables, string source)
    {
        var subject = $"the chemical symbol of {element.Name}";
        var symbols = SymbolTokens(answer, tables).ToList();
        // The right symbol may open the answer ("Au — from the Latin aurum").
        if (symbols.Any(s => s.Symbol == element.Symbol) || Token().Matches(answer).Any(m => m.Value == element.Symbol && !WordLike.Contains(m.Value)))
        {
            return [new FactFinding("element", FactVerdicts.Confirmed, subject, element.Symbol, element.Symbol, source)];
        }
        var other = symbols.FirstOrDefault(s => !WordLike.Contains(s.Symbol) || answer.Trim().TrimEnd('.') == s.Symbol);
        return other.Symbol is null ? [] : [new FactFinding("element", FactVerdicts.Contradicted, subject, other.Symbol, element.Symbol, source, other.Start)];
    }

    private static IEnumerable<FactFinding> Named(ElementFact element, string subject, string answer, FactTables tables, string source)
    {
        if (element.AllNames.Any(n => ClaimText.Has(answer, n)))
        {
            return [new FactFinding("element", FactVerdicts.Confirmed, subject, element.Name, element.Name, source)];
        }
        var other = tables.Elements.SelectMany(e => e.AllNames).Select(n => (Name: n, Start: ClaimText.Find(answer, n)))
            .Where(p => p.Start >= 0).OrderBy(p => p.Start).FirstOrDefault();
        return other.Name is null ? [] : [new FactFinding("element", FactVerdicts.Contradicted, subject, answer.Substring(other.Start, other.Name.Length), element.Name, source, other.Start)];
    }

    /// <summary>The element whose symbol the prompt quotes ("the symbol Fe", "Fe stands for").</summary>
    private static ElementFact? SymbolAsked(string prompt, FactTables tables)
    {
        var m = SymbolQuoted().Match(prompt);
        return m.Success ? tables.Elements.FirstOrDefault(e => e.Symbol == m.Groups["symbol"].Value) : null;
    }

    private static ElementFact? NameIn(string text, FactTables tables) =>
        tables.Elements.FirstOrDefault(e => e.AllNames.Any(n => ClaimText.Has(text, n)));

    /// <summary>Tokens of the answer written as element symbols (case as written), not opening a sentence.</summary>
    private static IEnumerable<(string Symbol, int Start)> SymbolTokens(string answer, FactTables tables)
    {
        var symbols = tables.Keys.ElementsBySymbol;
        var whole = answer.Trim().TrimEnd('.');
        foreach (Match m in Token().Matches(answer))
        {
            var listed = whole == m.Value || (answer.Length > m.Index + m.Length && answer[m.Index + m.Length] == ',');
            if (symbols.ContainsKey(m.Value) && (!OpensSentence(answer, m.Index) || listed))
            {
                yield return (m.Value, m.Index);
            }
        }
    }

    private static bool OpensSentence(string text, int index)
    {
        var before = text.AsSpan(0, index).TrimEnd();
        return before.Length == 0 || before[^1] is '.' or '!' or '?' or ':';
    }

    [GeneratedRegex(@"\b[A-Z][a-z]?\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Token();

    // What follows the symbol ("stands for", "?") is matched rather than looked ahead at, which the
    // non-backtracking engine cannot do: only where the match starts and its symbol are read.
    [GeneratedRegex(@"(?:symbol\s+(?:is\s+)?|\b)(?<symbol>[A-Z][a-z]?)\b(?:\s+stand|\s*\?|\s+on\b|\s+mean)|symbol\s+(?<symbol>[A-Z][a-z]?)\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex SymbolQuoted();

    [GeneratedRegex(@"(?:element|atomic)\s+(?:number|no\.?)\s+(\d{1,3})\b|\bnumber\s+(\d{1,3})\s+on the periodic table", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex AtomicNumber();
}
