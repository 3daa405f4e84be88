using Aligners.Orchestration.Decisions;
using Aligners.Orchestration.Instances;
using Azure;
using Azure.Data.Tables;

namespace Aligners.Orchestration.Runtime;

/// <summary>
/// The Instances table: one summary row per instance (status, stage, times, job id) for status
/// queries and listings. Written after the journal, so it may lag; the journal is the truth.
/// Each row carries the journal position it describes and is only ever replaced by a row from a
/// later position, so writers that race (a starter and a fast worker, two workers) never move a
/// row backwards. A bulk job's instances share the job id as partition key, so a job's progress is
/// one partition query; other instances are each their own partition.
/// </summary>
public sealed class InstanceIndex(TableClient table)
{
    /// <summary>The table.</summary>
    public TableClient Table => table;

    /// <summary>Writes the row of an instance unless the stored row describes a later journal position.</summary>
    public async Task UpsertAsync(string instanceId, InstanceState state, RuntimeStatus status, string stage, CancellationToken ct)
    {
        var entity = ToEntity(instanceId, state, status, stage);
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var current = await table.GetEntityIfExistsAsync<TableEntity>(entity.PartitionKey, entity.RowKey, cancellationToken: ct).ConfigureAwait(false);
            try
            {
                if (!current.HasValue)
                {
                    await table.AddEntityAsync(entity, ct).ConfigureAwait(false);
                    return;
                }
                var stored = current.Value!;
                if ((stored.GetInt64("Seq") ?? -1) > state.LastSeq || (stored.GetInt64("Seq") == state.LastSeq && IsTerminal(stored)))
                {
                    return;
                }
                await table.UpdateEntityAsync(entity, stored.ETag, TableUpdateMode.Replace, ct).ConfigureAwait(false);
                return;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // Another writer got in between: look again.
            }
        }
    }

    private static bool IsTerminal(TableEntity row) => row.GetString("Status") is "Completed" or "Failed";

    private static (string Partition, string Row) Keys(string instanceId, string? jobId) =>
        jobId is null ? (instanceId, "summary") : (jobId, instanceId);

    private static TableEntity ToEntity(string instanceId, InstanceState state, RuntimeStatus status, string stage) =>
        new(Keys(instanceId, state.Started.JobId).Partition, Keys(instanceId, state.Started.JobId).Row)
        {
            ["InstanceId"] = instanceId,
            ["Seq"] = state.LastSeq,
            ["Status"] = status.ToString(),
            ["Stage"] = stage,
            ["CreatedAt"] = state.CreatedAt,
            ["UpdatedAt"] = state.UpdatedAt,
            ["JobId"] = state.Started.JobId,
            ["Policy"] = state.Started.Policy.Name,
            ["PolicyVersion"] = state.Started.Policy.Version,
            ["Error"] = state.Error,
        };

    /// <summary>The summary of one instance (of <paramref name="jobId"/>, when it belongs to a bulk job), or null.</summary>
    public async Task<InstanceSummary?> GetAsync(string instanceId, CancellationToken ct, string? jobId = null)
    {
        try
        {
            var (partition, rowKey) = Keys(instanceId, jobId);
            var row = await table.GetEntityAsync<TableEntity>(partition, rowKey, cancellationToken: ct).ConfigureAwait(false);
            return ToSummary(row.Value);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Summaries, optionally only one job's or one status'.</summary>
    public async IAsyncEnumerable<InstanceSummary> ListAsync(string? jobId, RuntimeStatus? status,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var filters = new List<string>();
        if (jobId is not null)
        {
            filters.Add(TableClient.CreateQueryFilter($"PartitionKey eq {jobId}"));
        }
        if (status is not null)
        {
            filters.Add(TableClient.CreateQueryFilter($"Status eq {status.ToString()}"));
        }
        var filter = filters.Count == 0 ? null : string.Join(" and ", filters);
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: ct).ConfigureAwait(false))
        {
            yield return ToSummary(row);
        }
    }

    private static InstanceSummary ToSummary(TableEntity row) => new(
        row.GetString("InstanceId") ?? row.PartitionKey,
        Enum.Parse<RuntimeStatus>(row.GetString("Status")),
        row.GetString("Stage") ?? "",
        row.GetDateTimeOffset("CreatedAt") ?? default,
        row.GetDateTimeOffset("UpdatedAt") ?? default,
        row.GetString("JobId"),
        row.GetString("Error"));
}

/// <summary>A row of the Instances table.</summary>
public sealed record InstanceSummary(string InstanceId, RuntimeStatus Status, string Stage, DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt, string? JobId, string? Error);
