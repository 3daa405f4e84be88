using System.Text.Json;
using Aligners.Orchestration.Audit;
using Aligners.Orchestration.Workflows;

namespace Aligners.Orchestration.Activities;

/// <summary>
/// Records an activity's result in the audit record and returns the recorded one. A step the
/// engine delivers twice (a worker died after the work, before the engine saw the result) finds
/// its first result recorded and returns that, so the instance's output and its audit record
/// always agree, even for a sampled rewrite.
/// </summary>
public static class AuditedResult
{
    /// <summary>Which process did a step: the Functions instance (or machine) and process id.</summary>
    public static string Worker { get; } =
        $"{(Environment.GetEnvironmentVariable("WEBSITE_INSTANCE_ID") is { Length: > 0 } instance ? instance[..Math.Min(12, instance.Length)] : Environment.MachineName)}/{Environment.ProcessId}";

    /// <summary>Records <paramref name="result"/> under <paramref name="entryId"/> unless already there; returns the recorded result.</summary>
    public static async Task<T> RecordAsync<T>(AuditLog audit, string instanceId, string entryId, string type, T result)
    {
        var data = JsonSerializer.SerializeToNode(result, WorkflowJson.Options)!.AsObject();
        data["worker"] = Worker;
        var entry = await ActivityFailures.ClassifyAsync(() => audit.AppendOnceAsync(instanceId, entryId, type, data, CancellationToken.None));
        return entry.Data.Deserialize<T>(WorkflowJson.Options) ?? result;
    }
}
