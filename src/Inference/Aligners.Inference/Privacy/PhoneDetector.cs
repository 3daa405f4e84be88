using PhoneNumbers;

namespace Aligners.Inference.Privacy;

/// <summary>
/// Telephone numbers, found and validated by libphonenumber (Google's numbering-plan metadata, at
/// leniency <see cref="PhoneNumberUtil.Leniency.VALID"/>): a number must be one its country could
/// assign, so dates, ISBNs and most order numbers do not qualify. Numbers in national format are
/// read as numbers of <see cref="DefaultRegion"/>; others need their "+" country code.
/// </summary>
/// <remarks>
/// Three rules on top of the library keep identifiers out unless a word such as "phone", "call"
/// or "mobile" stands right before the number: a bare run of digits (no "+", no separators) does
/// not count; a number must be grouped the way its country writes numbers (libphonenumber's
/// <see cref="PhoneNumberUtil.Leniency.STRICT_GROUPING"/>, which refuses an OID such as
/// 1.3.6.1.4.1.5866.7 or an id such as 819360-7713 that VALID accepts); and a number right after a
/// word such as "order", "invoice" or "tracking" does not count.
/// </remarks>
public sealed class PhoneDetector(string defaultRegion = "US") : IPrivacyDetector
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    private static readonly ContextWords PhoneWords = new(
        "phone", "tel", "telephone", "call", "mobile", "cell", "fax", "ring", "text", "sms", "whatsapp", "contact", "reach", "dial", "hotline");

    private static readonly ContextWords OtherNumberWords = new(
        "order", "invoice", "tracking", "isbn", "sku", "serial", "ticket", "ref", "reference", "case", "build", "version", "po", "account", "customer id", "id");

    /// <summary>The region (ISO 3166 alpha-2) whose national format a number without "+" is read in.</summary>
    public string DefaultRegion { get; } = defaultRegion;

    /// <inheritdoc />
    public string Name => "phone";

    /// <summary>libphonenumber finds the whole of <paramref name="raw"/> at strict grouping too.</summary>
    private bool GroupedAsWritten(string raw) =>
        Util.FindNumbers(raw, DefaultRegion, PhoneNumberUtil.Leniency.STRICT_GROUPING, long.MaxValue).Any(m => m.Start == 0 && m.Length == raw.Length);

    /// <inheritdoc />
    public IEnumerable<PrivacyEntity> Detect(string text)
    {
        foreach (var match in Util.FindNumbers(text, DefaultRegion, PhoneNumberUtil.Leniency.VALID, long.MaxValue))
        {
            var start = match.Start;
            var end = start + match.Length;
            var phoneWord = PhoneWords.Near(text, start, end, before: 32, after: 0);
            var bare = match.RawString.All(char.IsAsciiDigit);
            if (bare && !phoneWord)
            {
                continue;
            }
            if (!phoneWord && (OtherNumberWords.Near(text, start, end, before: 16, after: 0) || !GroupedAsWritten(match.RawString)))
            {
                continue;
            }
            var confidence = phoneWord ? 0.95 : match.RawString.StartsWith('+') ? 0.9 : 0.85;
            yield return new PrivacyEntity(PrivacyTypes.Phone, start, match.Length, Name, confidence);
        }
    }
}
