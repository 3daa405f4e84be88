using System.Globalization;

namespace Aligners.Inference.Facts;

/// <summary>
/// A race named by its distance, read as that quantity: "a 5K" is 5 km, "a 10k" 10 km, "a half
/// marathon" 21.0975 km and "a marathon" 42.195 km (World Athletics). A length the answer states
/// for it ("A 10K is about 6.2 miles", "a half marathon (21.1 km)") is converted with UnitsNet and
/// judged; only link words ("is", "about", "roughly", "=") may stand between the race and the
/// length, so a length said of something else in the sentence ("a 5K with 2 km of hills") is none.
/// </summary>
internal static class RaceDistances
{
    private const string Source = "World Athletics road race distances (marathon 42.195 km, half marathon 21.0975 km; \"5K\" and \"10K\" in kilometres), converted with UnitsNet 5.75.1";

    /// <summary>Words that may stand between the race and its length.</summary>
    private static readonly HashSet<string> LinkWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "equals", "equal", "to", "about", "roughly", "approximately", "around", "approx", "nearly", "almost", "exactly",
        "precisely", "just", "over", "under", "a", "little", "bit", "covers", "measures", "works", "out", "comes", "race", "run", "or",
        "which", "that's", "thats", "it's", "its", "distance", "of", "long", "means", "=", "≈", "~", "(", ":", "-", "–", "—", ",",
    };

    /// <summary>The most characters between a race and its length.</summary>
    private const int MaxLink = 40;

    public static IEnumerable<FactFinding> Check(string answer)
    {
        var quantities = new Lazy<List<WrittenQuantity>>(() => WrittenQuantity.Read(answer));
        var metre = UnitCatalog.Named("m").FirstOrDefault(u => u.Quantity == "Length");
        if (metre is null)
        {
            yield break;
        }
        var next = 0;
        foreach (var race in Races(answer))
        {
            // The races and the quantities are in the text's order: each quantity is passed once, and
            // only those within a link's reach are looked at, so the cost grows with the text alone.
            var all = quantities.Value;
            while (next < all.Count && all[next].Start < race.End)
            {
                next++;
            }
            var length = default(WrittenQuantity);
            for (var k = next; k < all.Count && all[k].Start - race.End <= MaxLink; k++)
            {
                if (all[k].UnitOf("Length") is not null)
                {
                    length = all[k];
                    break;
                }
            }
            if (length.Number is null || !Linked(answer, race.End, length.Start) || length.UnitOf("Length") is not { } unit)
            {
                continue;
            }
            var expected = metre.Convert(race.Metres, unit)!.Value;
            var subject = $"{answer[race.Start..race.End]} in {unit.Name}";
            if (ClaimText.Agrees(length.Value, expected, length.Whole))
            {
                yield return new FactFinding("conversion", FactVerdicts.Confirmed, subject, length.Number, ClaimText.Format(expected), Source);
            }
            else
            {
                yield return new FactFinding("conversion", FactVerdicts.Contradicted, subject, length.Number, Written(expected, length.Number), Source, length.Start);
            }
        }
    }

    /// <summary>The races named in <paramref name="text"/>: a number joined to "k" ("5K", "10k"), "half marathon", "marathon".</summary>
    private static IEnumerable<(int Start, int End, double Metres)> Races(string text)
    {
        var folded = FoldedText.Fold(text);
        for (var i = 0; i < folded.Length; i++)
        {
            if (char.IsDigit(folded[i]) && (i == 0 || !char.IsLetterOrDigit(folded[i - 1]) && folded[i - 1] is not ('$' or '£' or '€' or '.' or ',')))
            {
                var j = i;
                while (j < folded.Length && char.IsDigit(folded[j]))
                {
                    j++;
                }
                // "5K" and "10k" name races; "5 kg", "5km" and "$5K" do not.
                if (j < folded.Length && folded[j] == 'k' && (j + 1 == folded.Length || !char.IsLetterOrDigit(folded[j + 1])) && j - i <= 3)
                {
                    yield return (i, j + 1, int.Parse(folded[i..j], CultureInfo.InvariantCulture) * 1000.0);
                }
                i = j;
            }
            else if (StartsWord(folded, i, "half marathon") || StartsWord(folded, i, "half-marathon"))
            {
                yield return (i, i + "half marathon".Length, 21_097.5);
                i += "half marathon".Length;
            }
            else if (StartsWord(folded, i, "marathon"))
            {
                yield return (i, i + "marathon".Length, 42_195);
                i += "marathon".Length;
            }
        }
    }

    private static bool StartsWord(string folded, int at, string word) =>
        folded.AsSpan(at).StartsWith(word, StringComparison.Ordinal) && (at == 0 || !char.IsLetter(folded[at - 1]))
        && (at + word.Length == folded.Length || !char.IsLetter(folded[at + word.Length]));

    /// <summary>Whether only link words stand between the race and the length.</summary>
    private static bool Linked(string text, int from, int to)
    {
        var between = text[from..to];
        if (between.Length > MaxLink || between.Contains('\n') || between.Contains(". ", StringComparison.Ordinal))
        {
            return false;
        }
        var words = between.Replace("(", " ( ", StringComparison.Ordinal).Replace(":", " : ", StringComparison.Ordinal).Replace(",", " , ", StringComparison.Ordinal)
            .Split([' ', '\t', '*'], StringSplitOptions.RemoveEmptyEntries);
        return words.All(LinkWords.Contains);
    }

    /// <summary>The right value written with the claim's decimals (at least one): "3.1" for "4.2", "6.21" for "7.35".</summary>
    private static string Written(double expected, string claimed)
    {
        var point = claimed.IndexOf('.');
        var decimals = Math.Max(1, point < 0 ? 0 : claimed.Length - point - 1);
        return Math.Round(expected, decimals).ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);
    }
}
