using Aligners.Orchestration.Decisions;
using Aligners.Orchestration.Instances;
using Azure;
using Azure.Data.Tables;

namespace Aligners.Orchestration.Runtime;

/// <summary>
/// The Instances table: one summary row per instance (status, stage, times, job id) for status
/// queries and listings. Written after the journal, so it may lag; the journal is the truth.
/// </summary>
public sealed class InstanceIndex(TableClient table)
{
    /// <summary>The table.</summary>
    public TableClient Table => table;

    /// <summary>Upserts the row of an instance.</summary>
    public Task UpsertAsync(string instanceId, InstanceState state, RuntimeStatus status, string stage, CancellationToken ct)
    {
        var entity = new TableEntity(instanceId, "summary")
        {
            ["Status"] = status.ToString(),
            ["Stage"] = stage,
            ["CreatedAt"] = state.CreatedAt,
            ["UpdatedAt"] = state.UpdatedAt,
            ["JobId"] = state.Started.JobId,
            ["Policy"] = state.Started.Policy.Name,
            ["PolicyVersion"] = state.Started.Policy.Version,
            ["Error"] = state.Error,
        };
        return table.UpsertEntityAsync(entity, TableUpdateMode.Replace, ct);
    }

    /// <summary>The summary of one instance, or null.</summary>
    public async Task<InstanceSummary?> GetAsync(string instanceId, CancellationToken ct)
    {
        try
        {
            var row = await table.GetEntityAsync<TableEntity>(instanceId, "summary", cancellationToken: ct).ConfigureAwait(false);
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
        var filters = new List<string> { "RowKey eq 'summary'" };
        if (jobId is not null)
        {
            filters.Add(TableClient.CreateQueryFilter($"JobId eq {jobId}"));
        }
        if (status is not null)
        {
            filters.Add(TableClient.CreateQueryFilter($"Status eq {status.ToString()}"));
        }
        await foreach (var row in table.QueryAsync<TableEntity>(string.Join(" and ", filters), cancellationToken: ct).ConfigureAwait(false))
        {
            yield return ToSummary(row);
        }
    }

    private static InstanceSummary ToSummary(TableEntity row) => new(
        row.PartitionKey,
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
