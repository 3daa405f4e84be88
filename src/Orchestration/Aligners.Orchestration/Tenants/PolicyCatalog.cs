using Aligners.Orchestration.Instances;
using Microsoft.Extensions.Options;

namespace Aligners.Orchestration.Tenants;

/// <summary>
/// The policies a tenant's requests can name: the tenant's own where it has any; else, for a
/// configured tenant, the app's default policy and the app policies its <see cref="TenantSettings.AppPolicies"/>
/// lists; for the default tenant, every app policy (<c>Alignment:Policies</c>, or the built-in default).
/// </summary>
public sealed class PolicyCatalog(IOptions<AlignmentOptions> app, IOptions<TenantDirectory> tenants)
{
    /// <summary>The tenants.</summary>
    public TenantDirectory Tenants => tenants.Value;

    /// <summary>The policy called <paramref name="name"/> (the tenant's default when null) of <paramref name="tenant"/>, with its name filled in; null when unknown.</summary>
    public AlignmentPolicy? Resolve(string tenant, string? name)
    {
        if (tenants.Value.TryGetValue(tenant, out var t) && t.Policies.Count > 0)
        {
            name ??= t.DefaultPolicy;
            return t.Policies.TryGetValue(name, out var p) ? p with { Name = name } : null;
        }
        return name is null || Names(tenant).Contains(name, StringComparer.Ordinal) ? app.Value.Resolve(name) : null;
    }

    /// <summary>The policy names <paramref name="tenant"/> can use, and no others.</summary>
    public IEnumerable<string> Names(string tenant)
    {
        if (!tenants.Value.TryGetValue(tenant, out var t))
        {
            return app.Value.Names;
        }
        return t.Policies.Count > 0
            ? t.Policies.Keys
            : app.Value.Names.Where(n => n == app.Value.DefaultPolicy || t.AppPolicies.Contains(n, StringComparer.Ordinal));
    }

    /// <summary>Every policy of every tenant and of the app, with where it is configured.</summary>
    public IEnumerable<(string Where, string Name, AlignmentPolicy Policy)> All()
    {
        foreach (var (name, p) in app.Value.Policies)
        {
            yield return ("Alignment:Policies", name, p);
        }
        foreach (var (tenant, t) in tenants.Value)
        {
            foreach (var (name, p) in t.Policies)
            {
                yield return ($"Tenants:{tenant}:Policies", name, p);
            }
        }
    }
}
