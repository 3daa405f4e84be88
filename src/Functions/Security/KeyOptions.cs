using System.ComponentModel.DataAnnotations;

namespace Aligners.Functions.Security;

/// <summary>
/// Access keys, as Azure Functions names them: function keys open every <c>/api</c> route except
/// health; the admin key also opens the audit routes.
/// </summary>
public sealed class KeyOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Keys";

    /// <summary>Function keys (any of them opens the API).</summary>
    public List<string> FunctionKeys { get; set; } = [];

    /// <summary>The admin key: the API and the audit trail.</summary>
    public string? AdminKey { get; set; }

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrEmpty(AdminKey) || AdminKey.Length < 16)
        {
            yield return new ValidationResult("Keys:AdminKey must be set, at least 16 characters.", [nameof(AdminKey)]);
        }
        if (FunctionKeys.Count == 0 || FunctionKeys.Any(k => string.IsNullOrEmpty(k) || k.Length < 16))
        {
            yield return new ValidationResult("Keys:FunctionKeys must hold at least one key of at least 16 characters.", [nameof(FunctionKeys)]);
        }
    }
}
