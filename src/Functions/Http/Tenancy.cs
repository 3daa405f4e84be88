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

    /// <summary>
    /// The tenant an instance was started for, as its input records it; null for an instance of
    /// any other workflow, which therefore belongs to no tenant (not even the default one).
    /// </summary>
    public static string? OwnerOf(OrchestrationMetadata metadata) => metadata.Name switch
    {
        AlignmentOrchestrator.TaskName => metadata.ReadInputAs<AlignmentInput>()?.Tenant,
        BulkJobOrchestrator.TaskName => metadata.ReadInputAs<BulkJobInput>()?.Tenant,
        BulkChunkOrchestrator.TaskName => metadata.ReadInputAs<BulkChunk>()?.Tenant,
        _ => null,
    };

    /// <summary>
    /// The instance <paramref name="id"/> when it is a <paramref name="workflow"/> instance that
    /// <paramref name="tenant"/> owns, or any tenant's when <paramref name="tenant"/> is null (the
    /// reviewers' routes), read with inputs and outputs; null otherwise. Missing, another
    /// workflow's and another tenant's are the same null, answered as the same 404, so a caller
    /// learns nothing of instances that are not its own.
    /// </summary>
    public static async Task<OrchestrationMetadata?> FindAsync(DurableTaskClient client, string id, string workflow, string? tenant, CancellationToken ct)
    {
        if (!InstanceIds.CanExist(id) || await client.GetInstanceAsync(id, getInputsAndOutputs: true, ct) is not { } metadata)
        {
            return null;
        }
        return metadata.Name == workflow && (tenant is null || OwnerOf(metadata) == tenant) ? metadata : null;
    }
}
