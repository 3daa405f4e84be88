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
        return found;
    }
}
