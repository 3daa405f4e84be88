namespace Aligners.Inference.Facts;

/// <summary>
/// A value in the asked unit that converts another amount than the one asked: after "one foot is
/// about 0.3 m", "so a 12-foot plank is about 3.7 m" answers for twelve feet, not one, and is no
/// claim about the asked conversion; read as one, its value would be "corrected" to the unit's
/// factor. The amount is the last one written before the value in its sentence with a
/// unit of the same quantity other than the asked one, after a space or a hyphen ("12 feet", "12-foot"),
/// a compound read whole ("5 ft 9 in").
/// </summary>
internal static class OtherAmounts
{
    /// <summary>
    /// Whether the value at <paramref name="valueStart"/> converts an amount other than
    /// <paramref name="asked"/> of another unit of <paramref name="target"/>'s quantity.
    /// </summary>
    public static bool Converts(string answer, int valueStart, UnitRef target, double asked)
    {
        double? last = null;
        var from = SentenceStart(answer, valueStart);
        var before = answer[from..valueStart];
        // Compounds ("5 ft 9 in") come read whole, as the prompt's amount is.
        foreach (var q in WrittenQuantity.Read(before))
        {
            // "12-foot" writes the amount and its unit as one word, which the reader leaves unitless.
            var units = q.Units.Count == 0 && q.End < before.Length && before[q.End] == '-' ? UnitCatalog.After(before, q.End + 1).Units : q.Units;
            // A part a number follows is the first of a compound the reader left apart ("5 ft 9 in",
            // "in" being a word too): its whole is unknown, so it tells no other amount.
            var next = before.AsSpan(Math.Min(q.End, before.Length)).TrimStart();
            if (units.Any(u => u.Quantity == target.Quantity && u.Name != target.Name) && !(next.Length > 0 && char.IsDigit(next[0])))
            {
                last = q.Value;
            }
        }
        return last is { } a && Math.Abs(a - asked) > 1e-9 * Math.Max(1, Math.Abs(asked));
    }

    /// <summary>Where the sentence holding <paramref name="at"/> starts: after a full stop, "!", "?" or a line break; a decimal point is none.</summary>
    private static int SentenceStart(string text, int at)
    {
        for (var i = at - 1; i >= 0; i--)
        {
            if (text[i] is '!' or '?' or '\n'
                || (text[i] == '.' && !(i > 0 && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
            {
                return i + 1;
            }
        }
        return 0;
    }
}
