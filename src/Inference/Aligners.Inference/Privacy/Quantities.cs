namespace Aligners.Inference.Privacy;

/// <summary>
/// A size or a count written with its unit after it ("833 169 710 bytes", "12 345 678 rows", "4 096 Ko",
/// "1 048 576 octets", "25 000 records"): digits grouped in threes as a phone number's may be, but a unit
/// says what they measure, and a number to dial takes none.
/// </summary>
internal static class Quantities
{
    /// <summary>How many spaces may stand between the number and its unit.</summary>
    private const int MaxGap = 2;

    // Units of data and things counted, in the languages the phone words cover. Words a phone's line may be followed by in
    // prose are left out: "to", "go" and "Mo" (Monday in "Mo-Fr"), "lines" ("lines open at 8"), "messages".
    private static readonly HashSet<string> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        "byte", "bytes", "kb", "mb", "gb", "tb", "kib", "mib", "gib", "tib", "ko", "octet", "octets", "bits", "kbit", "mbit",
        "row", "rows", "record", "records", "file", "files", "item", "items", "entry", "entries", "event", "events",
        "request", "requests", "document", "documents", "object", "objects", "token", "tokens",
        "zeile", "zeilen", "datensatz", "datensätze", "datei", "dateien", "einträge", "eintrag", "objekte",
        "ligne", "lignes", "enregistrement", "enregistrements", "fichier", "fichiers", "entrées", "éléments",
        "fila", "filas", "registro", "registros", "archivo", "archivos", "elementos", "líneas",
        "rij", "rijen", "regel", "regels", "bestand", "bestanden", "berichten",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitLookup = Units.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a unit of size or count follows the number ending at <paramref name="end"/> in <paramref name="text"/>.</summary>
    public static bool UnitAfter(string text, int end)
    {
        var start = end;
        while (start < text.Length && start - end < MaxGap && text[start] is ' ' or '\u00a0' or '\u202f')
        {
            start++;
        }
        if (start == end)
        {
            return false;
        }
        var wordEnd = start;
        while (wordEnd < text.Length && wordEnd - start < 16 && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }
        // A unit is the whole word: "bytes." or "rows," ends there, "Bob" or "Tokyo" is no unit.
        return wordEnd > start && (wordEnd == text.Length || !char.IsLetterOrDigit(text[wordEnd]))
            && UnitLookup.Contains(text.AsSpan(start, wordEnd - start));
    }
}
