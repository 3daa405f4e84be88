using System.Globalization;

namespace Aligners.Inference.Facts;

/// <summary>
/// A relation the knowledge answers, read from mentions: a subject of one kind (a country) paired
/// with values of another (a language), where a cue says the relation is meant ("speak"). The
/// subject's right values are <see cref="IsRight"/>; <see cref="Expected"/> writes them.
/// </summary>
/// <param name="Domain">The finding's domain.</param>
/// <param name="SubjectKind">What the subject is.</param>
/// <param name="ValueKind">What the value is.</param>
/// <param name="Cues">Folded word starts, one of which must stand in the segment, an earlier one, or the prompt; none where the values say it.</param>
/// <param name="Describe">The subject in words ("the languages of Brazil"), by key; null where the subject has no value here.</param>
/// <param name="IsRight">Whether a value key is right for a subject key.</param>
/// <param name="Expected">The right value in words, by subject key.</param>
/// <param name="Source">Where the right values come from, by subject key.</param>
/// <param name="Partly">Whether a right value holds for only a small part of the subject (Egypt's Sinai in Asia), by subject and value key.</param>
/// <param name="Mainly">The values that hold for most of the subject, in words, by subject key.</param>
/// <param name="Only">The finding where the segment claims the subject is the only holder of a wrong value (the subject is then what is wrong); null where it claims no such thing.</param>
/// <param name="Every">Whether a subject's values are all wrong where one is (a company's founders listed together), by subject key; null where one right value confirms.</param>
/// <param name="Narrowed">Whether a subject's mention, in a folded text, is narrowed to a scope the knowledge does not hold ("the first person in space from India"); such a subject is not read.</param>
internal sealed record Relation(string Domain, MentionKind SubjectKind, MentionKind ValueKind, IReadOnlyList<string> Cues,
    Func<string, string?> Describe, Func<string, string, bool> IsRight, Func<string, string> Expected, Func<string, string> Source,
    Func<string, string, bool>? Partly = null, Func<string, string>? Mainly = null,
    Func<ClaimContext, (int Start, int End), string, Mention, FactFinding?>? Only = null,
    Func<string, bool>? Every = null, Func<string, Mention, bool>? Narrowed = null)
{
    /// <summary>The relations over <paramref name="tables"/>.</summary>
    public static IReadOnlyList<Relation> All(FactTables tables)
    {
        var countries = tables.Countries.ToDictionary(c => c.Code);
        var elements = tables.Elements.ToDictionary(e => e.Number.ToString(CultureInfo.InvariantCulture));
        var moons = tables.Moons.ToDictionary(m => m.Name);
        string Country(string code) => countries[code].Country;
        bool In(IReadOnlyList<string>? list, string key) => list?.Any(v => string.Equals(v, key, StringComparison.OrdinalIgnoreCase)) == true;
        return
        [
            new("capital", MentionKind.Country, MentionKind.Capital, ["capital", "seat of government"],
                code => $"the capital of {Country(code)}", (code, city) => city == code, code => countries[code].Capital, _ => tables.Sources["capitals"]),
            new("language", MentionKind.Country, MentionKind.Language, ["speak", "spoken", "language", "tongue"],
                code => countries[code].Languages is { Count: > 0 } ? $"the official languages of {Country(code)}" : null,
                (code, lang) => In(countries[code].Languages, lang), code => string.Join(", ", countries[code].Languages!), _ => tables.Sources["capitals"]),
            new("currency", MentionKind.Country, MentionKind.Currency, ["currenc", "money", "paid in", "pay in", "pays in", "legal tender", "banknote", "uses the", "use the", "used in"],
                code => countries[code].Currencies is { Count: > 0 } ? $"the currency of {Country(code)}" : null,
                (code, cur) => In(countries[code].Currencies, cur), code => countries[code].Currencies![0], _ => tables.Sources["capitals"]),
            new("continent", MentionKind.Country, MentionKind.Continent, ["continent", "located in", "is in", "lies in", "part of", "situated in", "is located", "country in", "nation in"],
                code => countries[code].Continents is { Count: > 0 } ? $"the continent of {Country(code)}" : null,
                (code, cont) => In(countries[code].Continents, cont), code => string.Join(" or ", countries[code].Continents!), _ => tables.Sources["capitals"],
                (code, cont) => In(countries[code].MinorContinents, cont),
                code => string.Join(" or ", countries[code].Continents!.Where(c => !In(countries[code].MinorContinents, c)))),
            new("moon", MentionKind.Moon, MentionKind.Planet, ["moon", "satellite", "orbit"],
                moon => $"the planet {moon} orbits", (moon, planet) => moons[moon].Planet == planet, moon => moons[moon].Planet, _ => tables.Sources["planets"]),
            new("discovery", MentionKind.Discovery, MentionKind.Person,
                ["invent", "discover", "formulat", "develop", "propos", "paint", "compos", "wrote", "written", "creat", "credit", "came up with", "found",
                 "co-found", "devised", "theory", "by", "sculpt", "identif", "isolat", "patent", "built", "father of", "mother of", "first"],
                i => $"who is credited with {tables.Discoveries[Index(i)].Subject}",
                (i, person) => tables.Discoveries[Index(i)].Surnames.Contains(person), i => string.Join(" or ", tables.Discoveries[Index(i)].People),
                i => tables.Discoveries[Index(i)].Source, Every: i => tables.Discoveries[Index(i)].Every,
                Narrowed: AttributiveDiscoveries.Narrowed),
            new("element", MentionKind.Element, MentionKind.State, ["room temperature", "standard conditions", "at room", "state", "normally a", "is a gas", "is a liquid", "is a solid"],
                n => elements[n].State is null ? null : $"the state of {elements[n].Name} at room temperature",
                (n, state) => elements[n].State == state, n => elements[n].State!, _ => tables.Sources["elements"],
                Only: (context, segment, n, value) => OnlyHolders.Judge(context, segment, n, value, tables.Elements, tables.Sources["elements"])),
            new("element", MentionKind.Element, MentionKind.Block, [],
                n => elements[n].Block is null ? null : $"the group block of {elements[n].Name}",
                (n, block) => elements[n].Block == block, n => elements[n].Block!, _ => tables.Sources["elements"]),
            .. FeatRelations.All(tables),
        ];
    }

    private static int Index(string key) => int.Parse(key, CultureInfo.InvariantCulture);
}
