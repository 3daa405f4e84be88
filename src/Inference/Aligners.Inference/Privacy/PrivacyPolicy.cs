namespace Aligners.Inference.Privacy;

/// <summary>How a found value is taken out of a text.</summary>
public enum RedactionMode
{
    /// <summary>A typed placeholder such as [EMAIL_1]; one value keeps one placeholder, and a <see cref="PrivacyVault"/> can put the values back.</summary>
    Placeholder,

    /// <summary>Letters and digits become '*'; a card number, IBAN or phone number keeps its last four ("**** **** **** 1111").</summary>
    Mask,

    /// <summary>The value is deleted.</summary>
    Remove,
}

/// <summary>
/// What a tenant's privacy rules allow and how findings are redacted: values the policy allows (its
/// own support address, its public phone line), the least confidence that counts, the region whose
/// national phone format is assumed, and the redaction mode, overridable per type.
/// </summary>
public sealed record PrivacyPolicy
{
    /// <summary>No allowed values, confidence 0.5, US phone format, placeholders.</summary>
    public static PrivacyPolicy Default { get; } = new();

    /// <summary>
    /// Values that are never findings. Each is compared with a finding of any type in that type's
    /// canonical form: e-mail addresses case-insensitively, card numbers by digits, IBANs without
    /// spaces, phone numbers in E.164 (so "+1 800 555 0199" allows "(800) 555-0199"), other values exactly.
    /// </summary>
    public IReadOnlyCollection<string> Allow { get; init; } = [];

    /// <summary>Findings below this confidence are dropped.</summary>
    public double MinConfidence { get; init; } = 0.5;

    /// <summary>The ISO 3166 region whose national format a phone number without "+" is read in first.</summary>
    public string PhoneRegion { get; init; } = "US";

    /// <summary>
    /// Further ISO 3166 regions whose national formats are tried, in order, after <see cref="PhoneRegion"/>:
    /// the countries a deployment's users write from. Each costs one more pass of the phone detector.
    /// </summary>
    public IReadOnlyList<string> PhoneRegions { get; init; } = [];

    /// <summary><see cref="PhoneRegion"/>, then <see cref="PhoneRegions"/>, each once.</summary>
    public IReadOnlyList<string> ReadPhoneRegions => [.. new[] { PhoneRegion }.Concat(PhoneRegions).Distinct(StringComparer.Ordinal)];

    /// <summary>The redaction mode for every type without an override.</summary>
    public RedactionMode Redaction { get; init; } = RedactionMode.Placeholder;

    /// <summary>Redaction modes per type (keys from <see cref="PrivacyTypes"/>), overriding <see cref="Redaction"/>.</summary>
    public IReadOnlyDictionary<string, RedactionMode> RedactionByType { get; init; } = new Dictionary<string, RedactionMode>();

    /// <summary>The mode that applies to <paramref name="type"/>.</summary>
    public RedactionMode ModeFor(string type) => RedactionByType.TryGetValue(type, out var mode) ? mode : Redaction;
}
