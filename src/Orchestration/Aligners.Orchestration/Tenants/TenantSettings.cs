using System.ComponentModel.DataAnnotations;
using Aligners.Orchestration.Instances;

namespace Aligners.Orchestration.Tenants;

/// <summary>
/// One tenant: the SHA-256 digests of its keys (the keys themselves stay with the platform; several
/// digests let a key be rotated), and its own policies.
/// </summary>
public sealed class TenantSettings
{
    /// <summary>Lower-case hex SHA-256 of each key that identifies the tenant.</summary>
    public List<string> KeySha256 { get; set; } = [];

    /// <summary>The policy of the tenant's requests that name none.</summary>
    [Required]
    public string DefaultPolicy { get; set; } = "default";

    /// <summary>The tenant's policies by name; empty means the app's (<c>Alignment:Policies</c>), as far as <see cref="AppPolicies"/> allows.</summary>
    public Dictionary<string, AlignmentPolicy> Policies { get; set; } = [];

    /// <summary>
    /// For a tenant without policies of its own: the app's policies its requests may name besides
    /// the app's default one. Empty (the default) allows the default alone, so a tenant cannot
    /// switch itself into another customer's arrangement, such as a shadow policy or one that
    /// checks fewer criteria.
    /// </summary>
    public List<string> AppPolicies { get; set; } = [];
}
