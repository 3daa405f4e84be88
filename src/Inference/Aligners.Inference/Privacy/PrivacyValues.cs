using PhoneNumbers;

namespace Aligners.Inference.Privacy;

/// <summary>
/// Canonical forms of found values, so that one value written two ways compares equal (for the
/// allow-list, fingerprints and placeholders): e-mail in lower case, card numbers as digits, IBANs
/// compact in upper case, phone numbers in E.164, anything else as written.
/// </summary>
internal static class PrivacyValues
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    public static string Normalize(string type, string value, IReadOnlyList<string> phoneRegions) => type switch
    {
        PrivacyTypes.Email => value.ToLowerInvariant(),
        PrivacyTypes.Card => new string(value.Where(char.IsAsciiDigit).ToArray()),
        PrivacyTypes.Iban => new string(value.Where(char.IsAsciiLetterOrDigit).ToArray()).ToUpperInvariant(),
        PrivacyTypes.Phone => Phone(value, phoneRegions),
        _ => value,
    };

    /// <summary>E.164 under the first region where the number is valid, else under the first where it parses.</summary>
    private static string Phone(string value, IReadOnlyList<string> regions)
    {
        string? possible = null;
        foreach (var region in regions)
        {
            try
            {
                var number = Phones.Parse(value, region);
                if (Phones.IsValidNumber(number))
                {
                    return Phones.Format(number, PhoneNumberFormat.E164);
                }
                possible ??= Phones.Format(number, PhoneNumberFormat.E164);
            }
            catch (NumberParseException)
            {
            }
        }
        // Not parseable on its own (it was found in context): compare its digits.
        return possible ?? new string(value.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());
    }
}
