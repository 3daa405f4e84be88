using Aligners.Orchestration.Bulk;
using Aligners.Orchestration.Tenants;
using Aligners.Orchestration.Workflows;
using Microsoft.DurableTask.Client;

namespace Aligners.Functions.Http;

/// <summary>Which tenant owns what: instance ids derived from caller keys, and an instance's recorded tenant.</summary>
public static class Tenancy
{
    /// <summary>
    /// The scope of an id derived from an idempotency key: the default tenant keeps the plain
    /// scope, others get their own, so two tenants' equal keys never meet in one instance.
    /// </summary>
    public static string Scope(string scope, string tenant) => tenant == TenantDirectory.DefaultTenant ? scope : $"{scope}:{tenant}";

    /// <summary>The tenant an alignment or bulk instance was started for.</summary>
    public static string OwnerOf(OrchestrationMetadata metadata) => metadata.Name switch
    {
        WorkflowNames.Alignment => metadata.ReadInputAs<AlignmentInput>()?.Tenant ?? TenantDirectory.DefaultTenant,
        WorkflowNames.BulkJob => metadata.ReadInputAs<BulkJobInput>()?.Tenant ?? TenantDirectory.DefaultTenant,
        _ => TenantDirectory.DefaultTenant,
    };
}
