using System.ComponentModel.DataAnnotations;

namespace Aligners.LocalHost.Security;

/// <summary>
/// The keys the local host checks, standing in for the Functions host's: function keys open the
/// routes of authLevel Function; the admin key (the host's master key) opens every route; the
/// system key opens the Durable Functions management webhooks, as the <c>durabletask_extension</c>
/// system key does on Azure.
/// </summary>
public sealed class KeyOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Keys";

    /// <summary>Function keys (any of them opens the API).</summary>
    public List<string> FunctionKeys { get; set; } = [];

    /// <summary>The admin (master) key.</summary>
    public string? AdminKey { get; set; }

    /// <summary>The key of the management webhooks that check-status payloads link to.</summary>
    public string? SystemKey { get; set; }

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrEmpty(AdminKey) || AdminKey.Length < 16)
        {
            yield return new ValidationResult("Keys:AdminKey must be set, at least 16 characters.", [nameof(AdminKey)]);
        }
        if (string.IsNullOrEmpty(SystemKey) || SystemKey.Length < 16)
        {
            yield return new ValidationResult("Keys:SystemKey must be set, at least 16 characters.", [nameof(SystemKey)]);
        }
        if (FunctionKeys.Count == 0 || FunctionKeys.Any(k => string.IsNullOrEmpty(k) || k.Length < 16))
        {
            yield return new ValidationResult("Keys:FunctionKeys must hold at least one key of at least 16 characters.", [nameof(FunctionKeys)]);
        }
    }
}
