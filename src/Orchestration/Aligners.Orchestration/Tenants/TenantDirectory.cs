using System.ComponentModel.DataAnnotations;
using Aligners.Orchestration.Instances;

namespace Aligners.Orchestration.Tenants;

/// <summary>
/// The tenants (configuration section <c>Tenants</c>, by name). A request's key identifies its
/// tenant; a key that is no tenant's, or no key, is the <see cref="DefaultTenant"/>, which uses
/// the app's policies (<c>Alignment</c>).
/// </summary>
/// <remarks>
/// The app identifies the tenant from the presented key itself rather than from the Functions
/// host's key-name claim: with ASP.NET Core integration the isolated worker does not receive the
/// host's identities, and the OpenAI-compatible route receives keys as bearer tokens the host does not read.
/// </remarks>
public sealed class TenantDirectory : Dictionary<string, TenantSettings>, IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Tenants";

    /// <summary>The tenant of requests whose key is no tenant's.</summary>
    public const string DefaultTenant = "default";

    /// <summary>The tenant whose key is <paramref name="presentedKey"/>, or <see cref="DefaultTenant"/>.</summary>
    public string Identify(string? presentedKey) => Find(presentedKey) ?? DefaultTenant;

    /// <summary>The configured tenant (the default one included) one of whose keys is <paramref name="presentedKey"/>, or null.</summary>
    public string? Find(string? presentedKey) => KeyDigests.Owner(this, t => t.KeySha256, presentedKey);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, tenant) in this)
        {
            if (name.Length is 0 or > 64 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                yield return new ValidationResult($"Tenants:{name}: a tenant name is 1 to 64 letters, digits, '-' or '_'.", [name]);
            }
            for (var i = 0; i < tenant.KeySha256.Count; i++)
            {
                if (tenant.KeySha256[i].Length != 64 || !tenant.KeySha256[i].All(char.IsAsciiHexDigit))
                {
                    yield return new ValidationResult($"Tenants:{name}:KeySha256:{i} must be 64 hex digits (sha256sum of the key).", [name]);
                }
            }
            if (tenant.Policies.Count > 0 && !tenant.Policies.ContainsKey(tenant.DefaultPolicy))
            {
                yield return new ValidationResult($"Tenants:{name}:DefaultPolicy '{tenant.DefaultPolicy}' is not among its policies.", [name]);
            }
            foreach (var r in AlignmentOptions.ValidatePolicies(tenant.Policies, $"Tenants:{name}:Policies"))
            {
                yield return r;
            }
        }
    }
}
