using System.Text.RegularExpressions;
using UnitsNet;

namespace Aligners.Inference.Facts;

/// <summary>
/// A unit as written in a text: its quantity (Length, Temperature...) and how to take a value in it
/// to and from the quantity's base unit. Either one UnitsNet unit, or a length per duration for a
/// speed UnitsNet has no unit for ("miles per second").
/// </summary>
internal sealed record UnitRef(string Quantity, string Name, Enum? Unit, Enum? Length = null, Enum? Duration = null)
{
    /// <summary>A value in this unit, in the quantity's base unit (metres, kelvins, metres per second...).</summary>
    public double ToBase(double value) => Unit is not null
        ? (double)UnitsNet.Quantity.From(value, Unit).ToUnit(Info.BaseUnitInfo.Value).Value
        : (double)UnitsNet.Quantity.From(value, Length!).ToUnit(LengthInfo.BaseUnitInfo.Value).Value
          / (double)UnitsNet.Quantity.From(1, Duration!).ToUnit(DurationInfo.BaseUnitInfo.Value).Value;

    /// <summary>A value in the quantity's base unit, in this unit.</summary>
    public double FromBase(double value) => Unit is not null
        ? (double)UnitsNet.Quantity.From(value, Info.BaseUnitInfo.Value).ToUnit(Unit).Value
        : value / ToBase(1);

    private QuantityInfo Info => UnitsNet.Quantity.ByName[Quantity];

    private static QuantityInfo LengthInfo => UnitsNet.Quantity.ByName["Length"];

    private static QuantityInfo DurationInfo => UnitsNet.Quantity.ByName["Duration"];

    /// <summary>The value converted to <paramref name="target"/>, or null where the quantities differ.</summary>
    public double? Convert(double value, UnitRef target) => target.Quantity == Quantity ? target.FromBase(ToBase(value)) : null;
}

/// <summary>
/// The units the fact checker reads, with their names, plurals (American and British spellings) and
/// abbreviations, all from UnitsNet 5.75.1: lengths, masses, volumes, temperatures, durations,
/// speeds, areas and accelerations. Names are read in any case, abbreviations as written ("m" is a
/// metre, "M" nothing). Thread-safe once built.
/// </summary>
internal static partial class UnitCatalog
{
    private static readonly string[] Quantities = ["Length", "Mass", "Volume", "Temperature", "Duration", "Speed", "Area", "Acceleration"];

    /// <summary>Units no everyday answer means, whose names or abbreviations would shadow ones it does ("pt", "h", "A").</summary>
    private static readonly HashSet<string> Skipped =
    [
        "DataMile", "DtpPica", "DtpPoint", "PrinterPica", "PrinterPoint", "Twip", "Shackle", "SolarRadius", "KilolightYear", "MegalightYear",
        "Mil", "Microinch", "Hand", "Kilofoot", "Kiloyard", "UsSurveyFoot", "EarthMass", "SolarMass", "Slug", "Kilopound", "Megapound",
        "MetricTeaspoon", "Mach", "StandardGravity", "Sol", "JulianYear", "SolarTemperature", "MillidegreeCelsius", "ImperialPint", "Angstrom",
        "DegreeNewton", "DegreeDelisle", "DegreeRoemer", "DegreeReaumur", "DegreeRankine", "ImperialOunce", "Chain", "Grain",
    ];

    /// <summary>Abbreviations that are words or marks before they are units.</summary>
    private static readonly HashSet<string> SkippedAbbreviations = ["in", "'", "\"", "′", "″", "pt", "p", "t.", "ts", "ts.", "ST", "em", "ch", "fathom"];

    /// <summary>Everyday names UnitsNet spells otherwise: US customary volumes by their plain names, and words for temperatures and speeds.</summary>
    private static readonly (string Name, string Quantity, string Unit)[] Everyday =
    [
        ("celsius", "Temperature", "DegreeCelsius"), ("centigrade", "Temperature", "DegreeCelsius"), ("degrees c", "Temperature", "DegreeCelsius"),
        ("fahrenheit", "Temperature", "DegreeFahrenheit"), ("degrees f", "Temperature", "DegreeFahrenheit"), ("° c", "Temperature", "DegreeCelsius"),
        ("° f", "Temperature", "DegreeFahrenheit"), ("ºc", "Temperature", "DegreeCelsius"), ("ºf", "Temperature", "DegreeFahrenheit"),
        ("gallon", "Volume", "UsGallon"), ("gallons", "Volume", "UsGallon"), ("pint", "Volume", "UsPint"), ("pints", "Volume", "UsPint"),
        ("quart", "Volume", "UsQuart"), ("quarts", "Volume", "UsQuart"), ("cup", "Volume", "UsCustomaryCup"), ("cups", "Volume", "UsCustomaryCup"),
        ("tablespoon", "Volume", "UsTablespoon"), ("tablespoons", "Volume", "UsTablespoon"), ("tbsp", "Volume", "UsTablespoon"),
        ("teaspoon", "Volume", "UsTeaspoon"), ("teaspoons", "Volume", "UsTeaspoon"), ("tsp", "Volume", "UsTeaspoon"),
        ("fluid ounce", "Volume", "UsOunce"), ("fluid ounces", "Volume", "UsOunce"), ("fl oz", "Volume", "UsOunce"),
        ("year", "Duration", "Year365"), ("years", "Duration", "Year365"), ("month", "Duration", "Month30"), ("months", "Duration", "Month30"),
        ("ton", "Mass", "ShortTon"), ("tons", "Mass", "ShortTon"), ("metric ton", "Mass", "Tonne"), ("metric tons", "Mass", "Tonne"),
        ("kilo", "Mass", "Kilogram"), ("kilos", "Mass", "Kilogram"), ("kph", "Speed", "KilometerPerHour"), ("kmh", "Speed", "KilometerPerHour"),
        ("km/hr", "Speed", "KilometerPerHour"), ("miles an hour", "Speed", "MilePerHour"), ("mile an hour", "Speed", "MilePerHour"),
        ("kilometres an hour", "Speed", "KilometerPerHour"), ("kilometers an hour", "Speed", "KilometerPerHour"), ("km an hour", "Speed", "KilometerPerHour"),
        ("sq km", "Area", "SquareKilometer"), ("sq mi", "Area", "SquareMile"), ("sq ft", "Area", "SquareFoot"), ("sq m", "Area", "SquareMeter"),
    ];

    private static readonly Lazy<(Dictionary<string, List<UnitRef>> Names, Dictionary<string, List<UnitRef>> Abbreviations)> Table = new(Build);

    private static (Dictionary<string, List<UnitRef>>, Dictionary<string, List<UnitRef>>) Build()
    {
        var names = new Dictionary<string, List<UnitRef>>(StringComparer.Ordinal);
        var abbreviations = new Dictionary<string, List<UnitRef>>(StringComparer.Ordinal);
        void Put(Dictionary<string, List<UnitRef>> map, string key, UnitRef unit)
        {
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = [];
            }
            if (!list.Any(u => Equals(u.Unit, unit.Unit)))
            {
                list.Add(unit);
            }
        }
        foreach (var quantity in Quantities)
        {
            var info = UnitsNet.Quantity.ByName[quantity];
            foreach (var unit in info.UnitInfos.Where(u => !Skipped.Contains(u.Name)))
            {
                var abbrevs = UnitsNetSetup.Default.UnitAbbreviations.GetUnitAbbreviations(unit.Value.GetType(), System.Convert.ToInt32(unit.Value));
                var reference = new UnitRef(quantity, abbrevs.FirstOrDefault() ?? Words(unit.Name), unit.Value);
                foreach (var name in new[] { unit.Name, unit.PluralName }.Select(Words))
                {
                    Put(names, name, reference);
                    Put(names, name.Replace("meter", "metre", StringComparison.Ordinal).Replace("liter", "litre", StringComparison.Ordinal), reference);
                }
                foreach (var a in abbrevs.Where(a => !SkippedAbbreviations.Contains(a)))
                {
                    Put(abbreviations, a, reference);
                }
            }
        }
        foreach (var (name, quantity, unit) in Everyday)
        {
            var info = UnitsNet.Quantity.ByName[quantity].UnitInfos.First(u => u.Name == unit);
            var abbrev = UnitsNetSetup.Default.UnitAbbreviations.GetUnitAbbreviations(info.Value.GetType(), System.Convert.ToInt32(info.Value)).FirstOrDefault();
            Put(names, name, new UnitRef(quantity, abbrev ?? Words(unit), info.Value));
        }
        return (names, abbreviations);
    }

    /// <summary>"KilometersPerHour" as "kilometers per hour".</summary>
    private static string Words(string pascal)
    {
        var words = new System.Text.StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]) && char.IsLower(pascal[i - 1]))
            {
                words.Append(' ');
            }
            words.Append(char.ToLowerInvariant(pascal[i]));
        }
        return words.ToString();
    }

    /// <summary>Phrases already looked up; bounded, so that no text can grow it without end.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<UnitRef>> Looked = new(StringComparer.Ordinal);

    /// <summary>The units a phrase names, read whole ("kilometres", "km", "°F", "miles per second").</summary>
    public static IReadOnlyList<UnitRef> Named(string phrase)
    {
        if (Looked.TryGetValue(phrase, out var known))
        {
            return known;
        }
        var units = Lookup(phrase);
        if (Looked.Count < 10_000)
        {
            Looked[phrase] = units;
        }
        return units;
    }

    private static IReadOnlyList<UnitRef> Lookup(string phrase)
    {
        var (names, abbreviations) = Table.Value;
        var trimmed = phrase.Trim();
        if (abbreviations.TryGetValue(trimmed, out var byAbbreviation))
        {
            return byAbbreviation;
        }
        // SI writes the litre "l" or "L" ("3.785 L", "250 mL"); UnitsNet lists only the first.
        if (trimmed.EndsWith('L') && abbreviations.TryGetValue(trimmed[..^1] + "l", out var litres) && litres.Any(u => u.Quantity == "Volume"))
        {
            return litres.Where(u => u.Quantity == "Volume").ToList();
        }
        var folded = FoldedText.Fold(trimmed);
        if (names.TryGetValue(folded, out var byName))
        {
            return byName;
        }
        // A speed as a length per duration, which UnitsNet has only some of as units.
        if (!folded.Contains(' ', StringComparison.Ordinal) && !folded.Contains('/', StringComparison.Ordinal))
        {
            return [];
        }
        var per = PerPattern().Match(folded);
        if (per.Success)
        {
            var length = Named(per.Groups["l"].Value).FirstOrDefault(u => u.Quantity == "Length");
            var duration = Named(per.Groups["d"].Value).FirstOrDefault(u => u.Quantity == "Duration");
            if (length is not null && duration is not null)
            {
                return [new UnitRef("Speed", $"{length.Name}/{duration.Name}", null, length.Unit, duration.Unit)];
            }
        }
        return [];
    }

    /// <summary>
    /// The unit written right after position <paramref name="start"/> of <paramref name="text"/>
    /// (after white space), the longest of up to four words, and how many characters it takes;
    /// none where no unit is written there.
    /// </summary>
    public static (IReadOnlyList<UnitRef> Units, int Length) After(string text, int start)
    {
        var i = start;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }
        if (i >= text.Length || !(char.IsLetter(text[i]) || text[i] is '°' or 'º' or 'µ' or '%'))
        {
            return ([], 0);
        }
        var ends = new List<int>();
        var j = i;
        while (j < text.Length && ends.Count < 4)
        {
            while (j < text.Length && !char.IsWhiteSpace(text[j]))
            {
                j++;
            }
            var end = j;
            while (end > i && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '(' or '*' or '_' or '"' or ']' or '”' or '`')
            {
                end--;
            }
            ends.Add(end);
            while (j < text.Length && text[j] == ' ')
            {
                j++;
            }
        }
        for (var k = ends.Count - 1; k >= 0; k--)
        {
            if (ends[k] > i && Named(text[i..ends[k]]) is { Count: > 0 } units)
            {
                return (units, ends[k] - start);
            }
        }
        // "5°C": the degree sign and its letter right after the number.
        return ([], 0);
    }

    [GeneratedRegex(@"^(?<l>[\p{L}]+)\s*(?:per|/|an|a)\s*(?<d>[\p{L}]+)$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex PerPattern();
}
