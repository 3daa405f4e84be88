using System.Collections.Frozen;

namespace Aligners.Inference.Privacy;

/// <summary>
/// International bank account numbers: a country code of a country that uses IBANs, two check
/// digits and the national account number (BBAN), written together or in groups of four split by
/// single spaces, upper case, at exactly that country's length and passing the ISO 7064 mod 97-10
/// check. A mistyped IBAN fails the check (any single wrong character, most swaps).
/// </summary>
public sealed class IbanDetector : IPrivacyDetector
{
    /// <summary>IBAN length per country, from the SWIFT IBAN registry.</summary>
    internal static readonly FrozenDictionary<string, int> Lengths = new Dictionary<string, int>
    {
        ["AD"] = 24, ["AE"] = 23, ["AL"] = 28, ["AT"] = 20, ["AZ"] = 28, ["BA"] = 20, ["BE"] = 16, ["BG"] = 22,
        ["BH"] = 22, ["BI"] = 27, ["BR"] = 29, ["BY"] = 28, ["CH"] = 21, ["CR"] = 22, ["CY"] = 28, ["CZ"] = 24,
        ["DE"] = 22, ["DJ"] = 27, ["DK"] = 18, ["DO"] = 28, ["EE"] = 20, ["EG"] = 29, ["ES"] = 24, ["FI"] = 18,
        ["FK"] = 18, ["FO"] = 18, ["FR"] = 27, ["GB"] = 22, ["GE"] = 22, ["GI"] = 23, ["GL"] = 18, ["GR"] = 27,
        ["GT"] = 28, ["HR"] = 21, ["HU"] = 28, ["IE"] = 22, ["IL"] = 23, ["IQ"] = 23, ["IS"] = 26, ["IT"] = 27,
        ["JO"] = 30, ["KW"] = 30, ["KZ"] = 20, ["LB"] = 28, ["LC"] = 32, ["LI"] = 21, ["LT"] = 20, ["LU"] = 20,
        ["LV"] = 21, ["LY"] = 25, ["MC"] = 27, ["MD"] = 24, ["ME"] = 22, ["MK"] = 19, ["MN"] = 20, ["MR"] = 27,
        ["MT"] = 31, ["MU"] = 30, ["NI"] = 28, ["NL"] = 18, ["NO"] = 15, ["OM"] = 23, ["PK"] = 24, ["PL"] = 28,
        ["PS"] = 29, ["PT"] = 25, ["QA"] = 29, ["RO"] = 24, ["RS"] = 22, ["RU"] = 33, ["SA"] = 24, ["SC"] = 31,
        ["SD"] = 18, ["SE"] = 24, ["SI"] = 19, ["SK"] = 24, ["SM"] = 27, ["SO"] = 23, ["ST"] = 25, ["SV"] = 28,
        ["TL"] = 23, ["TN"] = 24, ["TR"] = 26, ["UA"] = 29, ["VA"] = 22, ["VG"] = 24, ["XK"] = 20, ["YE"] = 30,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <inheritdoc />
    public string Name => "iban-mod97";

    /// <inheritdoc />
    public IEnumerable<PrivacyEntity> Detect(string text)
    {
        var compact = new char[34];
        var i = 0;
        while (i + 4 <= text.Length)
        {
            if (!IsCandidateStart(text, i) || !Lengths.TryGetValue(text.Substring(i, 2), out var length))
            {
                i++;
                continue;
            }
            var end = Read(text, i, length, compact);
            if (end > 0 && Checksums.IbanMod97(compact.AsSpan(0, length)))
            {
                yield return new PrivacyEntity(PrivacyTypes.Iban, i, end - i, Name, 0.97);
                i = end;
                continue;
            }
            i++;
        }
    }

    private static bool IsCandidateStart(string text, int i) =>
        char.IsAsciiLetterUpper(text[i]) && char.IsAsciiLetterUpper(text[i + 1]) && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3])
        && (i == 0 || !char.IsLetterOrDigit(text[i - 1]));

    /// <summary>
    /// Reads exactly <paramref name="length"/> letters and digits from <paramref name="start"/>,
    /// either all together or in space-separated groups of four after the first four, and returns
    /// where they end, or 0 when the text does not hold an IBAN of that length there.
    /// </summary>
    private static int Read(string text, int start, int length, char[] compact)
    {
        var count = 0;
        var i = start;
        var grouped = false;
        while (count < length && i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c))
            {
                if (grouped && count % 4 == 0 && text[i - 1] != ' ')
                {
                    return 0; // grouped once, grouped throughout
                }
                compact[count++] = c;
                i++;
            }
            else if (c == ' ' && count % 4 == 0 && (count == 4 || grouped) && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]))
            {
                grouped = true;
                i++;
            }
            else
            {
                return 0;
            }
        }
        if (count < length || (i < text.Length && char.IsLetterOrDigit(text[i])))
        {
            return 0;
        }
        return i;
    }
}
