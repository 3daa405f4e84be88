namespace Aligners.Inference.Privacy;

/// <summary>
/// A form's generic label for whichever identifier the holder has ("ID number", "ID no.",
/// "Identification number", "Ausweisnummer", "numéro d'identité", "número de identificación"),
/// right before the value, with a key's marks or a scanned form's dot leaders between
/// ("ID number ....... "). The label names no country, so each national format reads the value with
/// its own check and counts it only where it passes; a format without a check digit (an SSN, read
/// by its issuance rules) counts only written in its own groups (123-45-6789), since nine bare digits
/// after "ID number" are as often any other number. Reads one bounded window before the value.
/// </summary>
internal static class GenericIdLabels
{
    private const int Reach = 64;

    private static readonly ContextWords Labels = new(
        "id number", "id no", "id nr", "id #", "id-number", "identification number", "identification no", "identity number", "identity no",
        "identity card number", "id card number", "ausweisnummer", "personalausweisnummer", "ausweis-nr", "ausweisnr", "identifikationsnummer",
        "numéro d'identité", "numéro d’identité", "n° d'identité", "no d'identité", "numéro d'identification", "número de identificación",
        "número de identidad", "numero de identificacion", "nº de identificación", "n.º de identificación", "identificatienummer", "id-nummer");

    /// <summary>A generic identifier label ends right before <paramref name="at"/> on its line, and the value is written as its format writes it.</summary>
    public static bool Name(string text, int at, int length, bool checkDigit)
    {
        var from = at;
        while (from > 0 && at - from < Reach && text[from - 1] != '\n')
        {
            from--;
        }
        var window = text.AsSpan(from, at - from).TrimEnd(" \t\"':=-#|,._…·");
        if (window.IsEmpty || Labels.LastEnd(window) != window.Length)
        {
            return false;
        }
        return checkDigit || text.AsSpan(at, length).ContainsAny('-', ' ');
    }
}
