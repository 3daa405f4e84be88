using System.Text.Json;
using Aligners.Orchestration.Audit;
using Aligners.Orchestration.Workflows;

namespace Aligners.Orchestration.Activities;

/// <summary>
/// The one way the workflows write an instance's audit record: the entries the orchestration
/// states (its start and end, the inspection rounds it carries to the next step) and an activity's
/// own result go through here, in order and in one append.
/// </summary>
/// <remarks>
/// A step the engine delivers twice (a worker died after the work, before the engine saw the
/// result) finds its first result recorded and returns that, so the instance's output and its audit
/// record always agree, even for a sampled rewrite. Entries the orchestration states come from its
/// history, so a second delivery carries the same ones and they are recorded once.
/// </remarks>
public sealed class AuditRecorder(AuditLog log)
{
    /// <summary>Which process did a step: the Functions instance (or machine) and process id.</summary>
    public static string Worker { get; } =
        $"{(Environment.GetEnvironmentVariable("WEBSITE_INSTANCE_ID") is { Length: > 0 } instance ? instance[..Math.Min(12, instance.Length)] : Environment.MachineName)}/{Environment.ProcessId}";

    /// <summary>Records <paramref name="entries"/> in order, each unless its id is recorded already; what each came to.</summary>
    public Task<IReadOnlyList<RecordedEntry>> RecordAsync(string instanceId, IReadOnlyList<AuditCall> entries) =>
        ActivityFailures.ClassifyAsync(() => log.AppendOnceAsync(instanceId,
            [.. entries.Select(e => new NewAuditEntry(e.EntryId, e.Type, e.Data))], CancellationToken.None));

    /// <summary>
    /// Records what <paramref name="carried"/> states, then <paramref name="result"/> under
    /// <paramref name="entryId"/> with the worker that produced it, unless already there; returns the recorded result.
    /// </summary>
    public async Task<T> RecordResultAsync<T>(string instanceId, IReadOnlyList<AuditCall>? carried, string entryId, string type, T result)
    {
        var data = JsonSerializer.SerializeToNode(result, WorkflowJson.Options)!.AsObject();
        data["worker"] = Worker;
        var recorded = await RecordAsync(instanceId, [.. carried ?? [], new AuditCall(entryId, type, data)]).ConfigureAwait(false);
        return recorded[^1].Entry.Data.Deserialize<T>(WorkflowJson.Options) ?? result;
    }
}
