using System.Text;

namespace Aligners.Inference.Privacy;

/// <summary>
/// Takes a scan's findings out of its text in the mode the policy sets for each type: a typed
/// placeholder (recorded in a <see cref="PrivacyVault"/> so it can be restored), a mask that keeps
/// the last four characters of a card number, IBAN or phone number, or removal. What it writes is
/// built so that scanning the redacted text again finds nothing.
/// </summary>
public sealed class Redactor(PrivacyPolicy policy)
{
    private const int KeptCharacters = 4;

    /// <summary>The policy whose modes apply.</summary>
    public PrivacyPolicy Policy { get; } = policy ?? throw new ArgumentNullException(nameof(policy));

    /// <summary><paramref name="text"/> with every finding of <paramref name="scan"/> redacted; placeholders go into a vault that is then dropped.</summary>
    public string Redact(string text, PrivacyScan scan) => Redact(text, scan, new PrivacyVault());

    /// <summary><paramref name="text"/> with every finding of <paramref name="scan"/> redacted; placeholders are recorded in <paramref name="vault"/>.</summary>
    /// <exception cref="ArgumentException">The scan is of another text.</exception>
    public string Redact(string text, PrivacyScan scan, PrivacyVault vault)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(vault);
        var result = new StringBuilder(text.Length);
        var at = 0;
        foreach (var finding in scan.Findings.OrderBy(f => f.Start))
        {
            if (finding.Start < at || finding.Start + finding.Length > text.Length
                || string.CompareOrdinal(text, finding.Start, finding.Value, 0, finding.Length) != 0)
            {
                throw new ArgumentException("The scan's findings do not match this text: redact the text that was scanned.", nameof(scan));
            }
            result.Append(text, at, finding.Start - at);
            switch (Policy.ModeFor(finding.Type))
            {
                case RedactionMode.Placeholder:
                    result.Append(vault.PlaceholderFor(finding, text));
                    break;
                case RedactionMode.Mask:
                    result.Append(Mask(finding.Type, finding.Value));
                    break;
                case RedactionMode.Remove:
                    break;
            }
            at = finding.Start + finding.Length;
        }
        result.Append(text, at, text.Length - at);
        return result.ToString();
    }

    /// <summary>
    /// <paramref name="text"/> with the placeholders of <paramref name="vault"/> redacted as this
    /// policy redacts their values: a placeholder where its type's mode is placeholder, the value's
    /// mask where it is mask, nothing where it is remove. For a text that went to a model with
    /// placeholders and must leave with its values still redacted, in the form the policy asks for.
    /// </summary>
    public string RedactPlaceholders(string text, PrivacyVault vault)
    {
        ArgumentNullException.ThrowIfNull(vault);
        return vault.Restore(text, entry => Policy.ModeFor(entry.Type) switch
        {
            RedactionMode.Mask => Mask(entry.Type, entry.Value),
            RedactionMode.Remove => "",
            _ => entry.Placeholder,
        });
    }

    /// <summary>
    /// Letters and digits become '*', separators stay; a card number, IBAN or phone number keeps
    /// its last four letters or digits, which is what a person needs to recognise their own.
    /// </summary>
    internal static string Mask(string type, string value)
    {
        var keep = type is PrivacyTypes.Card or PrivacyTypes.Iban or PrivacyTypes.Phone ? KeptCharacters : 0;
        var chars = value.ToCharArray();
        var kept = 0;
        for (var i = chars.Length - 1; i >= 0; i--)
        {
            if (!char.IsLetterOrDigit(chars[i]))
            {
                continue;
            }
            if (kept < keep)
            {
                kept++;
                continue;
            }
            chars[i] = '*';
        }
        return new string(chars);
    }
}
