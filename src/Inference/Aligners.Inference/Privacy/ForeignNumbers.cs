using PhoneNumbers;

namespace Aligners.Inference.Privacy;

/// <summary>
/// Numbers of countries outside the deployment's regions, written nationally, where the text itself
/// says whose they are or that they are telephone numbers: an item of a list that names its country in
/// brackets (<c>- Jonas Peeters (BE): 03 412 55 17</c>) read in that country's format; and the sender of a
/// text message (<c>From: 31 44 82 19</c>, "Von:", "De :", "Van:", "Fra:", "Från:"), a line holding nothing but
/// the number, read in the formats of the countries whose numbers have no trunk prefix and eight digits
/// (Denmark, Norway) or of the deployment's neighbours; and an Italian mobile in groups of 3-3-4 after "Cellulare", "Cell." or
/// "Tel." (<see cref="ItalianMobiles"/>), and a Danish or a Norwegian number after a label in its language (<see cref="DanishNumbers"/>,
/// <see cref="NordicNumbers"/>). libphonenumber still has to call the number valid.
/// </summary>
internal static class ForeignNumbers
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>How far before a number its country's label is looked for on its line.</summary>
    private const int Reach = 24;

    private const int MaxNumber = 24;

    private static readonly string[] SenderLabels = ["From:", "Von:", "De :", "De:", "Van:", "Fra:", "Från:", "Da:", "Sender:", "Absender:"];

    // Countries a sender's bare number is read in: the Nordic ones and the deployment's neighbours.
    private static readonly string[] SenderRegions = ["DK", "NO", "SE", "FI", "BE", "CH", "AT", "IT", "PL", "IE", "PT", "LU"];

    /// <summary>Every such number in <paramref name="text"/>, with its span.</summary>
    public static IEnumerable<(int Start, int End)> Find(string text)
    {
        foreach (var label in SenderLabels)
        {
            var at = 0;
            while ((at = text.IndexOf(label, at, StringComparison.Ordinal)) >= 0)
            {
                var lineStart = at == 0 || text[at - 1] == '\n';
                at += label.Length;
                if (lineStart && Number(text, at, wholeLine: true) is var (start, end) && end > start
                    && SenderRegions.Any(r => Valid(text[start..end], r)))
                {
                    yield return (start, end);
                }
            }
        }
        foreach (var found in ItalianMobiles(text).Concat(DanishNumbers.Find(text)).Concat(NordicNumbers.Norwegian(text)))
        {
            yield return found;
        }
        var open = 0;
        while ((open = text.IndexOf('(', open)) >= 0)
        {
            var at = open++;
            if (at + 4 > text.Length || text[at + 3] != ')' || !char.IsAsciiLetterUpper(text[at + 1]) || !char.IsAsciiLetterUpper(text[at + 2]))
            {
                continue;
            }
            var region = text.Substring(at + 1, 2);
            if (PhoneDetector.Supports(region) && Number(text, at + 4, wholeLine: false) is var (start, end) && end > start && start - at <= Reach
                && Valid(text[start..end], region))
            {
                yield return (start, end);
            }
        }
    }

    // Italian labels for a mobile or a telephone number ("Cellulare", "Cell.", "Tel.").
    private static readonly string[] ItalianLabels = ["Cellulare", "Cell.", "Tel."];

    /// <summary>
    /// Italian mobile numbers after an Italian phone label, grouped 3-3-4 as Italy writes them (<c>Cellulare: 347 512 0981</c>).
    /// Italy's mobiles open with 3 and have no trunk prefix, so no deployment region that dials a 0 first reads them; the
    /// grouping and libphonenumber's verdict that the number is an Italian mobile say whose it is.
    /// </summary>
    private static IEnumerable<(int Start, int End)> ItalianMobiles(string text)
    {
        foreach (var label in ItalianLabels)
        {
            var at = 0;
            while ((at = text.IndexOf(label, at, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                var standsAlone = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
                at += label.Length;
                if (standsAlone && Number(text, at, wholeLine: false) is var (start, end) && end > start && ThreeThreeFour(text.AsSpan(start, end - start))
                    && Valid(text[start..end], "IT") && Util.GetNumberType(Util.Parse(text[start..end], "IT")) == PhoneNumberType.MOBILE)
                {
                    yield return (start, end);
                }
            }
        }
    }

    /// <summary>Ten digits in groups of three, three and four, split by single spaces, dashes or dots.</summary>
    private static bool ThreeThreeFour(ReadOnlySpan<char> raw) =>
        raw.Length == 12 && raw[3] == raw[7] && raw[3] is ' ' or '-' or '.'
        && !raw[..3].ContainsAnyExceptInRange('0', '9') && !raw[4..7].ContainsAnyExceptInRange('0', '9') && !raw[8..].ContainsAnyExceptInRange('0', '9');

    /// <summary>
    /// The number after a label's marks (':', spaces) starting at <paramref name="from"/>: digits, spaces, dashes, dots, a
    /// leading '+' and brackets, eight to fifteen digits, ending the line (with <paramref name="wholeLine"/>) or before a
    /// space, a comma or the line's end.
    /// </summary>
    internal static (int Start, int End) Number(string text, int from, bool wholeLine)
    {
        var k = from;
        while (k < text.Length && k - from < 4 && text[k] is ' ' or '\t' or ':')
        {
            k++;
        }
        var start = k;
        var digits = 0;
        while (k < text.Length && k - start <= MaxNumber && (char.IsAsciiDigit(text[k]) || text[k] is ' ' or '-' or '.' or '/' or '(' or ')' || (k == start && text[k] == '+')))
        {
            digits += char.IsAsciiDigit(text[k]) ? 1 : 0;
            k++;
        }
        var end = k;
        while (end > start && !char.IsAsciiDigit(text[end - 1]))
        {
            end--;
        }
        var rest = k;
        while (rest < text.Length && text[rest] is ' ' or '\t' or '\r')
        {
            rest++;
        }
        var ends = rest >= text.Length || text[rest] == '\n' || (!wholeLine && text[rest] is ',' or ';');
        return digits is >= 8 and <= 15 && ends && start < end && char.IsAsciiDigit(text[start]) | text[start] == '+' ? (start, end) : default;
    }

    internal static bool Valid(string raw, string region)
    {
        try
        {
            return Util.IsValidNumberForRegion(Util.Parse(raw, region), region) || (raw.StartsWith('+') && Util.IsValidNumber(Util.Parse(raw, region)));
        }
        catch (NumberParseException)
        {
            return false;
        }
    }
}
