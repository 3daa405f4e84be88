namespace Aligners.Inference.Privacy;

/// <summary>
/// Swedish and Norwegian numbers in texts written in those languages, whose regions a deployment may not read, selected
/// from the text's words as <see cref="DanishNumbers"/> selects Denmark. Norway dials no trunk prefix and every number
/// has eight digits, so one is read only after a Norwegian phone label or a next of kin's ("Tlf", "Telefon", "Mobil",
/// "Pårørende", "Ring meg på"); Sweden's numbers open with the trunk 0 (<c>08-...</c>, <c>07x ...</c>), so a Swedish
/// text's numbers are read in Sweden's plan too, every rule of a region's reading applying (<see cref="PhoneDetector"/>
/// adds SE as a last region for such texts, as it adds Belgium for Dutch ones).
/// </summary>
internal static class NordicNumbers
{
    private static readonly string[] NorwegianLabels =
        ["Tlf.", "Tlf", "Telefon", "Telefonnummer", "Telefonnr.", "Mobil", "Mobilnummer", "Mobiltelefon", "Pårørende", "Ring meg på", "Ring oss på"];

    // Norwegian words Swedish, German and English do not write (Danish shares some; its numbers are eight digits too,
    // and libphonenumber must still call the number valid in Norway).
    private static readonly HashSet<string> NorwegianWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "og", "jeg", "ikke", "meg", "deg", "hei", "mvh", "hilsen", "navn", "gjerne", "hvis", "noe", "mangler", "fødselsnummer", "fødselsnummeret",
        "pårørende", "kontonummer", "også", "eller", "på", "vennlig", "vennligst", "takk", "innskrivning", "legevakt",
    };

    /// <summary>Every Norwegian number after a Norwegian label in a Norwegian text, with its span.</summary>
    public static IEnumerable<(int Start, int End)> Norwegian(string text) =>
        DanishNumbers.FindLabelled(text, NorwegianLabels, t => DanishNumbers.HoldsTwo(t, NorwegianWords), "NO");

    /// <summary>The text holds two distinct Swedish words or more that neither Danish nor Norwegian writes ("och", "jag", "mig", "är", ...).</summary>
    public static bool IsSwedish(string text) => DanishNumbers.HoldsTwo(text, SwedishWords);

    // Swedish words Danish, Norwegian, German and English do not write.
    private static readonly HashSet<string> SwedishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "och", "jag", "mig", "dig", "är", "inte", "hälsningar", "hälsning", "vänliga", "vänlig", "också", "skickas", "fakturan", "någon", "mycket",
    };
}
