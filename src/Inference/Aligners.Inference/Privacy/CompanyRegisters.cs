namespace Aligners.Inference.Privacy;

/// <summary>
/// Numbers that a company register gives rather than a telephone line, read from the label that
/// introduces them: a French trade register entry ("RCS Lyon B 642 631 196", the city and the
/// register's letter between), a SIREN or SIRET, or an intra-community VAT number ("N° TVA"). Their
/// nine or fourteen digits grouped in threes look like a French number; the label says what they are.
/// Reads one bounded window before the number.
/// </summary>
internal static class CompanyRegisters
{
    private const int Reach = 40;

    private static readonly ContextWords RegisterWords = new("rcs", "siren", "siret", "tva", "n° tva", "rcs/siren", "registre du commerce");

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
