namespace Aligners.Inference.Privacy;

/// <summary>
/// Danish telephone numbers after a Danish phone label ("Tlf.", "Telefon", "Mobil", "Telefonnummer", "Mobilnummer") in a
/// text written in Danish (<c>Tlf.: 31 44 82 19</c>): Denmark dials no trunk prefix and every number has eight digits,
/// so no region of the deployment's reads them; the label and the text's language say whose they are, as an Italian
/// label selects Italy's mobiles (<see cref="ForeignNumbers"/>). libphonenumber still has to call the number valid in DK.
/// "Telefon" and "Mobil" are German words too, so the text must hold Danish words besides the label.
/// </summary>
internal static class DanishNumbers
{
    private static readonly string[] Labels = ["Tlf.", "Tlf", "Telefon", "Telefonnummer", "Telefonnr.", "Mobil", "Mobilnummer", "Mobiltelefon"];

    // Danish words German, English and Swedish do not write (Norwegian shares some; its numbers are also eight digits).
    private static readonly HashSet<string> DanishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "og", "jeg", "ikke", "venlig", "venlige", "hilsen", "hilsner", "mvh", "navn", "cpr", "kontonr", "postnr", "hej", "tak",
        "vores", "jeres", "også", "eller", "af", "på", "kære", "medarbejder", "adressen", "træffes", "gerne", "venligst",
    };

    /// <summary>Every such number in <paramref name="text"/>, with its span.</summary>
    public static IEnumerable<(int Start, int End)> Find(string text) => FindLabelled(text, Labels, IsDanish, "DK");

    /// <summary>
    /// Eight-digit numbers after one of <paramref name="labels"/>, standing alone, in a text <paramref name="inLanguage"/>
    /// says is written in <paramref name="region"/>'s language, that libphonenumber calls valid in <paramref name="region"/>:
    /// Denmark's and Norway's numbers alike, neither dialled with a trunk prefix.
    /// </summary>
    internal static IEnumerable<(int Start, int End)> FindLabelled(string text, string[] labels, Func<string, bool> inLanguage, string region)
    {
        bool? language = null;
        foreach (var label in labels)
        {
            var at = 0;
            while ((at = text.IndexOf(label, at, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                var standsAlone = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
                at += label.Length;
                if (standsAlone && ForeignNumbers.Number(text, at, wholeLine: false) is var (start, end) && end > start
                    && text[start..end].Count(char.IsAsciiDigit) == 8 && (language ??= inLanguage(text)) && ForeignNumbers.Valid(text[start..end], region))
                {
                    yield return (start, end);
                }
            }
        }
    }

    /// <summary>The text holds two distinct Danish words or more (read to its first 4,000 characters).</summary>
    internal static bool IsDanish(string text) => HoldsTwo(text, DanishWords);

    /// <summary>The text holds two distinct words of <paramref name="words"/> or more (read to its first 4,000 characters).</summary>
    internal static bool HoldsTwo(string text, HashSet<string> words)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var limit = Math.Min(text.Length, 4000);
        var i = 0;
        while (i < limit)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < limit && char.IsLetter(text[i]))
            {
                i++;
            }
            if (lookup.TryGetValue(text.AsSpan(start, i - start), out var word) && seen.Add(word) && seen.Count >= 2)
            {
                return true;
            }
        }
        return false;
    }
}
