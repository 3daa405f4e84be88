namespace Aligners.Inference.Facts;

/// <summary>
/// A list after a count the checker replaced ("five senses: sight, hearing, touch and taste" made
/// "five" of "four"; "two lungs: one left and two right"): where its items, or the numbers they
/// give, add up to the wrong count and not to the right one, the list was made for the wrong count
/// and is removed from its colon to the end of the sentence.
/// </summary>
internal static class CountedLists
{
    /// <summary>The removal of the list the replaced count introduced, or null when none does or it fits the right count.</summary>
    public static TextEdit? Find(string text, ReplacedValue value)
    {
        if (Count(value.Claim) is not { } wrong || Count(value.Expected) is not { } right || wrong == right)
        {
            return null;
        }
        var (_, terminator, _) = SentenceOf.At(text, value.Start);
        var colon = value.End < terminator ? text.IndexOf(':', value.End, terminator - value.End) : -1;
        if (colon < 0)
        {
            return null;
        }
        var list = text[(colon + 1)..terminator];
        var items = list.Split([", and ", ", ", " and ", " & "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var numbers = ClaimText.Numbers(list);
        // Numbered items ("two atria and one ventricle") count by their numbers; named ones one each.
        var total = numbers.Count > 0 && numbers.Count == items.Length ? numbers.Sum(n => n.Value) : items.Length;
        return total == wrong && total != right ? new TextEdit(colon, terminator, "", $"listed {value.Claim}") : null;
    }

    /// <summary>The whole number a value states, when it is one ("nine", "9").</summary>
    private static double? Count(string value)
    {
        var numbers = ClaimText.Numbers(value.ToLowerInvariant());
        return numbers.Count == 1 && numbers[0].Value == Math.Floor(numbers[0].Value) && numbers[0].Value > 0 ? numbers[0].Value : null;
    }
}
