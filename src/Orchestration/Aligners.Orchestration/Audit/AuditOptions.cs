using System.ComponentModel.DataAnnotations;

namespace Aligners.Orchestration.Audit;

/// <summary>
/// The keys of the audit chain. Every entry is sealed with HMAC-SHA256 under <see cref="HmacKey"/>
/// and records <see cref="KeyVersion"/>, so only a holder of the key can write an entry that
/// verifies, however much storage access someone else has. A rotation is a new version: the new
/// key signs from then on, and the earlier ones stay in <see cref="Keys"/> so that entries signed
/// with them still verify.
/// </summary>
public sealed class AuditOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Audit";

    /// <summary>The version label of <see cref="HmacKey"/>, recorded in every entry it signs (letters, digits, dashes).</summary>
    [Required, RegularExpression("^[A-Za-z0-9-]{1,32}$", ErrorMessage = "Audit:KeyVersion must be 1 to 32 letters, digits or dashes.")]
    public string KeyVersion { get; set; } = "1";

    /// <summary>The key that signs new entries: base64 of at least 32 random bytes.</summary>
    public string? HmacKey { get; set; }

    /// <summary>Keys of earlier versions, by version, for verifying what they signed (empty values are ignored).</summary>
    public Dictionary<string, string> Keys { get; set; } = [];

    /// <summary>
    /// How many instances' record tails (length, last hash, ids) a process keeps, so that an append
    /// is one request; an instance whose tail was dropped costs one read at its next append.
    /// </summary>
    [Range(1, 1_000_000, ErrorMessage = "Audit:CachedRecords must be between 1 and 1000000.")]
    public int CachedRecords { get; set; } = AuditLog.DefaultCachedRecords;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(HmacKey))
        {
            yield return new ValidationResult(
                "Audit:HmacKey is not set. The audit chain is signed with it: set Audit:HmacKey to base64 of 32 random bytes " +
                "(openssl rand -base64 32) and Audit:KeyVersion. The local host generates one into local.settings.json when it runs " +
                "on the project's own Azurite; on Azure the deployment sets it as a Key Vault reference.", [nameof(HmacKey)]);
        }
        else if (Problem($"{Section}:{nameof(HmacKey)}", HmacKey) is { } problem)
        {
            yield return new ValidationResult(problem, [nameof(HmacKey)]);
        }
        foreach (var (version, key) in Keys.Where(k => !string.IsNullOrWhiteSpace(k.Value)))
        {
            if (!System.Text.RegularExpressions.Regex.IsMatch(version, "^[A-Za-z0-9-]{1,32}$"))
            {
                yield return new ValidationResult($"Audit:Keys:{version}: a key version is 1 to 32 letters, digits or dashes.", [nameof(Keys)]);
            }
            else if (Problem($"{Section}:{nameof(Keys)}:{version}", key) is { } problem)
            {
                yield return new ValidationResult(problem, [nameof(Keys)]);
            }
            else if (version == KeyVersion && key != HmacKey)
            {
                yield return new ValidationResult($"Audit:Keys:{version} differs from Audit:HmacKey, which has the same version: one version, one key.", [nameof(Keys)]);
            }
        }
    }

    /// <summary>What is wrong with a configured key, or null.</summary>
    internal static string? Problem(string setting, string value)
    {
        if (value.StartsWith("@Microsoft.KeyVault(", StringComparison.OrdinalIgnoreCase))
        {
            return $"{setting} is a Key Vault reference the platform could not resolve: the app's identity needs the Key Vault Secrets User " +
                "role on the vault, and the secret must exist (give auditHmacKey when deploying a new key version).";
        }
        var bytes = new byte[value.Length];
        if (!Convert.TryFromBase64String(value.Trim(), bytes, out var length))
        {
            return $"{setting} is not base64.";
        }
        return length < AuditKeys.MinKeyBytes ? $"{setting} holds {length} bytes; an audit key needs at least {AuditKeys.MinKeyBytes}." : null;
    }
}
