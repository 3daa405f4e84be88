namespace Aligners.Inference.Privacy;

/// <summary>
/// Numbers that a company register gives rather than a telephone line, read from the label that
/// introduces them: a French trade register entry ("RCS Lyon B 642 631 196", the city and the
/// register's letter between), a SIREN or SIRET, an intra-community VAT number ("N° TVA"), Belgium's enterprise number
/// ("Ondernemingsnummer", "KBO", "numéro d'entreprise", or its "BE" prefix) or a German or Dutch register's number. Their
/// nine or fourteen digits grouped in threes look like a French number; the label says what they are.
/// Reads one bounded window before the number.
/// </summary>
internal static class CompanyRegisters
{
    private const int Reach = 40;

    // With Belgium's enterprise number in its three languages ("Ondernemingsnummer", "numéro d'entreprise", KBO/BCE) and the
    // German and Dutch trade registers' numbers.
    private static readonly ContextWords RegisterWords = new(
        "rcs", "siren", "siret", "tva", "n° tva", "rcs/siren", "registre du commerce", "ondernemingsnummer", "ondernemingsnr", "kbo", "kbo-nummer",
        "kbo-nr", "bce", "numéro bce", "n° bce", "numéro d'entreprise", "n° d'entreprise", "n° entreprise", "unternehmensnummer", "enterprise number",
        "company number", "company no", "company reg", "registration no", "handelsregister", "hrb", "hra", "kvk", "kvk-nummer", "kvk-nr");

    /// <summary>
    /// The number at <paramref name="start"/> is a Belgian enterprise or VAT number written after its country prefix
    /// (<c>BE 0412.345.678</c>, <c>BE0412345678</c>): ten digits opening with 0 or 1, compact or dotted 4-3-3.
    /// </summary>
    public static bool BelgianEnterprise(string text, int start, ReadOnlySpan<char> raw)
    {
        var k = start;
        if (k > 0 && text[k - 1] == ' ')
        {
            k--;
        }
        if (k < 2 || text[k - 2] != 'B' || text[k - 1] != 'E' || (k > 2 && char.IsLetterOrDigit(text[k - 3])))
        {
            return false;
        }
        var compact = raw.Length == 10 && !raw.ContainsAnyExceptInRange('0', '9');
        var dotted = raw.Length == 12 && raw[4] == '.' && raw[8] == '.';
        return (compact || dotted) && raw[0] is '0' or '1';
    }

    /// <summary>
    /// Australia's company and business numbers right after their abbreviations, written in capitals as companies print
    /// them: "ACN 004 085 616", "ABN: 51 824 753 556", "ARBN". Their nine or eleven digits in threes read as a phone number;
    /// the capitals (not the Dutch bank "ABN AMRO", whose name a word follows) say what they are.
    /// </summary>
    public static bool AustralianCompany(string text, int start)
    {
        var k = start;
        while (k > 0 && start - k < 4 && text[k - 1] is ' ' or ':' or '#' or '\u00a0')
        {
            k--;
        }
        if (k == start)
        {
            return false;
        }
        foreach (var label in AustralianLabels)
        {
            var from = k - label.Length;
            if (from >= 0 && text.AsSpan(from, label.Length).SequenceEqual(label) && (from == 0 || !char.IsLetterOrDigit(text[from - 1])))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] AustralianLabels = ["ACN", "ABN", "ARBN"];

    /// <summary>A register's label stands before <paramref name="start"/> on its line, with only words, a city's name and a register letter between.</summary>
    public static bool Labels(string text, int start)
    {
        var from = start;
        while (from > 0 && start - from < Reach && text[from - 1] != '\n')
        {
            from--;
        }
        var before = text.AsSpan(from, start - from);
        var end = RegisterWords.LastEnd(before);
        if (end < 0)
        {
            return false;
        }
        // Between the label and the number: a city's name, a register letter (A or B), a colon or "n°"; no digits, no sentence break.
        var between = before[end..];
        return !between.ContainsAnyInRange('0', '9') && between.IndexOfAny(".;()") < 0 && between.IndexOf(" – ") < 0;
    }
}
