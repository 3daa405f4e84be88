namespace Aligners.Inference.Privacy;

/// <summary>
/// Shapes of case, file, account and reference numbers that libphonenumber may read as some
/// region's valid number: a number with its year after a slash (<c>58162012/2026</c>, how courts and
/// registries number files), dotted groups one of which is five digits or more (<c>4827.44.74585</c>,
/// an account number; no numbering plan groups a phone number so), and the tail of a longer run of
/// digit groups that the candidate does not start (<c>DE67 5001 0517 7362 4709 84</c>, read from
/// <c>7362</c>). Each reads the candidate and one or two characters before it. Beyond the bare
/// shapes: dotted digit groups a contract, policy, customer, order or reference word labels
/// (<c>Vertragsnummer 123.456.789</c>), an airline ticket's number (three digits of the airline, a dash,
/// ten more) beside a ticket word, and the digits of an id with a letter prefix (<c>INV-55512345</c>),
/// each reading a bounded window before the candidate.
/// </summary>
internal static class ReferenceShapes
{
    /// <summary>A file's number and its year: digits, '/', and a year from 1900 to 2099 ending the candidate.</summary>
    public static bool HasYearSuffix(string raw)
    {
        var slash = raw.LastIndexOf('/');
        return slash > 0 && raw.Length - slash == 5 && char.IsAsciiDigit(raw[slash - 1]) && IsYear(raw.AsSpan(slash + 1));
    }

    /// <summary>Digit groups split by dots alone, one of them five digits or more: an account or a file number, not a phone number.</summary>
    public static bool IsDottedReference(string raw)
    {
        if (!raw.Contains('.') || raw.Any(c => !char.IsAsciiDigit(c) && c != '.'))
        {
            return false;
        }
        return raw.Split('.').Any(g => g.Length >= 5);
    }

    /// <summary>
    /// The candidate at <paramref name="start"/> continues a run of digit groups it does not begin: a
    /// digit, or a group of letters and digits, stands a single space before it. A phone number
    /// written in groups is found from its first group; reading one from the middle of a longer
    /// grouped number (an IBAN, a reference) would report its tail.
    /// </summary>
    public static bool TailOfLongerNumber(string text, int start) =>
        start >= 2 && text[start - 1] == ' ' && char.IsAsciiDigit(text[start - 2]) && char.IsAsciiDigit(text[start]);

    private static bool IsYear(ReadOnlySpan<char> digits) =>
        digits.Length == 4 && !digits.ContainsAnyExceptInRange('0', '9') && (digits.StartsWith("19") || digits.StartsWith("20"));

    // Words naming a contract, policy, customer, order or reference number in the five languages, and the other languages'
    // labels (ReferenceLabels); a compound
    // ("Vertragsnummer", "polisnummer") is one word, a phrase ("numéro de contrat") several.
    private static readonly ContextWords ReferenceWords = new(ReferenceLabels.With(
        "contract", "contract number", "contract no", "policy", "policy number", "policy no", "customer", "customer number", "customer no",
        "account", "account number", "order", "order number", "reference", "ref", "member", "membership number",
        "vertrag", "vertragsnummer", "vertragsnr", "versicherungsschein", "versicherungsscheinnummer", "policennummer", "kundennummer",
        "kundennr", "kunden-nr", "kunden", "bestellnummer", "bestellnr", "auftragsnummer", "auftrag", "referenz", "referenznummer", "mitgliedsnummer",
        "numéro de contrat", "n° de contrat", "contrat", "numéro de police", "numéro client", "numéro de client", "n° client", "numéro de commande",
        "commande", "référence", "numéro d'adhérent", "adhérent",
        "número de contrato", "contrato", "número de póliza", "póliza", "poliza", "número de cliente", "cliente", "número de pedido", "pedido",
        "referencia", "número de socio", "socio",
        "contractnummer", "polisnummer", "polis", "klantnummer", "klant", "bestelnummer", "ordernummer", "referentie", "referentienummer", "lidnummer"));

    // Words naming an airline ticket, as a booking's confirmation prints it.
    private static readonly ContextWords TicketWords = new(
        "ticket", "e-ticket", "eticket", "ticket number", "ticketnummer", "e-ticketnummer", "flugschein", "flugscheinnummer", "billet",
        "billet électronique", "numéro de billet", "billete", "billete electrónico", "número de billete", "biljet", "vliegticket");

    /// <summary>
    /// Digit groups split by dots alone (<c>123.456.789</c>) that a contract, policy, customer, order or reference word
    /// labels, right before them with only a label's marks between ("Vertragsnummer 123.456.789", "numéro de contrat :
    /// 12.345.678", "Policy no. 123.456.789"): a reference as the issuer prints it, not a phone number written with dots.
    /// </summary>
    public static bool IsLabelledDottedReference(string text, int start, string raw) =>
        raw.Contains('.') && raw.All(c => char.IsAsciiDigit(c) || c == '.') && ReferenceWords.Labels(text, start, reach: 32);

    /// <summary>
    /// An airline ticket's number: the airline's three-digit prefix, a dash or a space, and the ten-digit serial
    /// (<c>014-2345678901</c>), with a ticket word on its line within 48 characters before it ("e-ticket", "Ticketnummer",
    /// "billet", "Billete electrónico"). Thirteen digits so grouped are no numbering plan's phone number.
    /// </summary>
    public static bool IsAirlineTicket(string text, int start, string raw)
    {
        if (raw.Length != 14 || raw[3] is not ('-' or ' ') || raw.AsSpan(0, 3).ContainsAnyExceptInRange('0', '9') || raw.AsSpan(4).ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }
        var from = start;
        while (from > 0 && start - from < 48 && text[from - 1] != '\n')
        {
            from--;
        }
        return TicketWords.Contains(text.AsSpan(from, start - from));
    }

    /// <summary>
    /// The candidate is the digits of an id with a letter prefix: a dash or an underscore joins it to a token that begins
    /// with a letter (<c>ORD-31415926</c>, <c>INV-2024-5551234</c>, <c>REF_88123456</c>), not one of <paramref name="phoneWords"/>
    /// ("Tel-"). A phone number is not glued to a word.
    /// </summary>
    public static bool AfterLetterPrefix(string text, int start, ContextWords phoneWords)
    {
        if (start < 2 || text[start - 1] is not ('-' or '_') || text[start] == '+')
        {
            return false;
        }
        var j = start - 1;
        while (j > 0 && start - j < 24 && (char.IsAsciiLetterOrDigit(text[j - 1]) || text[j - 1] is '-' or '_'))
        {
            j--;
        }
        if (!char.IsAsciiLetter(text[j]) || (j > 0 && char.IsLetterOrDigit(text[j - 1])))
        {
            return false;
        }
        var letters = j;
        while (letters < start && char.IsAsciiLetter(text[letters]))
        {
            letters++;
        }
        return !phoneWords.Contains(text.AsSpan(j, letters - j));
    }
}
