using System.ComponentModel.DataAnnotations;

namespace Aligners.Orchestration.Privacy;

/// <summary>
/// The app's privacy secret: the key of the fingerprints (HMAC-SHA256 of a found value) that audit
/// records hold in place of the values, so an auditor can tell whether two findings are one value,
/// or check a value they already hold, while the record itself holds none.
/// </summary>
public sealed class PrivacyOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Privacy";

    /// <summary>The least key length, in bytes.</summary>
    public const int MinKeyBytes = 32;

    /// <summary>
    /// The fingerprint key, base64, at least 32 bytes. Keep it for as long as the audit records
    /// are kept: fingerprints under another key match nothing. Unset, no policy can use privacy.
    /// </summary>
    public string? FingerprintKey { get; set; }

    /// <summary>
    /// Whether a key is set. A Key Vault reference the platform could not resolve (the deployment
    /// was given no key, so the vault holds no secret) arrives as its own text and counts as unset:
    /// privacy is then unavailable, as with no setting, rather than the app failing to start.
    /// </summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(FingerprintKey) && !FingerprintKey.StartsWith("@Microsoft.KeyVault(", StringComparison.Ordinal);

    /// <summary>The key's bytes.</summary>
    /// <exception cref="InvalidOperationException">No key is set.</exception>
    public byte[] KeyBytes() => IsConfigured
        ? Convert.FromBase64String(FingerprintKey!)
        : throw new InvalidOperationException("Privacy:FingerprintKey is not set.");

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsConfigured)
        {
            yield break;
        }
        var key = new byte[FingerprintKey!.Length];
        if (!Convert.TryFromBase64String(FingerprintKey, key, out var length) || length < MinKeyBytes)
        {
            yield return new ValidationResult($"Privacy:FingerprintKey must be base64 of at least {MinKeyBytes} bytes.", [nameof(FingerprintKey)]);
        }
    }
}
