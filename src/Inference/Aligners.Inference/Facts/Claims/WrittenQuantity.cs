namespace Aligners.Inference.Facts;

/// <summary>
/// A number written in an answer with what follows it: a scale word ("4.5 billion") and a unit
/// ("km/s", "degrees Fahrenheit"), where it starts, and where the number and the whole end.
/// </summary>
internal readonly record struct WrittenQuantity(double Value, int Start, string Number, int End, IReadOnlyList<UnitRef> Units)
{
    private static readonly (string Word, double Factor)[] Scales =
        [("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12), ("hundred", 1e2)];

    /// <summary>Written as a whole number.</summary>
    public bool Whole => !Number.Contains('.');

    /// <summary>Inside the checker's range.</summary>
    public bool InRange => ClaimText.InRange(Value);

    /// <summary>The unit of <paramref name="quantity"/> it is written in, or null.</summary>
    public UnitRef? UnitOf(string quantity) => Units.FirstOrDefault(u => u.Quantity == quantity);

    /// <summary>Every number of <paramref name="text"/>, with its scale word and unit.</summary>
    public static List<WrittenQuantity> Read(string text)
    {
        var found = new List<WrittenQuantity>();
        foreach (var n in ClaimText.Numbers(text))
        {
            var end = n.Start + n.Text.Length;
            var value = n.Value;
            var rest = text.AsSpan(end).TrimStart(' ');
            foreach (var (word, factor) in Scales)
            {
                if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (rest.Length == word.Length || !char.IsLetter(rest[word.Length])))
                {
                    value *= factor;
                    end = text.Length - rest.Length + word.Length;
                    break;
                }
            }
            var (units, length) = UnitCatalog.After(text, end);
            found.Add(new WrittenQuantity(value, n.Start, n.Text, end + length, units));
        }
        return Compounds(text, found);
    }

    /// <summary>Written in two units, the larger first: "2 hours 30 minutes", "6 ft 2 in".</summary>
    public bool Compound => Number.Any(char.IsLetter);

    /// <summary>
    /// The quantities with each one written in two units ("2 hours 30 minutes", "6 feet, 2 inches",
    /// "1 lb and 4 oz") made one, in the larger unit: the second part is a remainder, not a
    /// conversion of the first, and the whole is what a conversion states.
    /// </summary>
    private static List<WrittenQuantity> Compounds(string text, List<WrittenQuantity> found)
    {
        for (var i = 0; i + 1 < found.Count; i++)
        {
            var (a, b) = (found[i], found[i + 1]);
            if (a.Units.Count == 0 || b.Units.Count == 0 || b.Start < a.End || a.Compound
                || text.AsSpan(a.End, b.Start - a.End).Trim().Trim(',').Trim() is not ("" or "and"))
            {
                continue;
            }
            // The second unit is smaller and its value less than one of the first ("30 minutes" of an hour).
            var pair = a.Units.SelectMany(u => b.Units.Where(v => v.Quantity == u.Quantity).Select(v => (Large: u, Small: v)))
                .FirstOrDefault(p => p.Large.Convert(1, p.Small) is > 1 and var per && b.Value < per);
            if (pair.Large is null || pair.Small.Convert(b.Value, pair.Large) is not { } remainder)
            {
                continue;
            }
            found[i] = new WrittenQuantity(a.Value + remainder, a.Start, text[a.Start..b.End], b.End, [pair.Large]);
            found.RemoveAt(i + 1);
        }
        return found;
    }
}
