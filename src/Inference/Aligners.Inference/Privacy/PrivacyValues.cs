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

    public static string Normalize(string type, string value, string phoneRegion) => type switch
    {
        PrivacyTypes.Email => value.ToLowerInvariant(),
        PrivacyTypes.Card => new string(value.Where(char.IsAsciiDigit).ToArray()),
        PrivacyTypes.Iban => new string(value.Where(char.IsAsciiLetterOrDigit).ToArray()).ToUpperInvariant(),
        PrivacyTypes.Phone => Phone(value, phoneRegion),
        _ => value,
    };

    private static string Phone(string value, string region)
    {
        try
        {
            return Phones.Format(Phones.Parse(value, region), PhoneNumberFormat.E164);
        }
        catch (NumberParseException)
        {
            // Not parseable on its own (it was found in context): compare its digits.
            return new string(value.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());
        }
    }
}
