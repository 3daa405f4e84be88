using System.Text.Json.Nodes;
using Aligners.Orchestration.Audit;
using Aligners.Orchestration.Storage;
using Azure;
using Azure.Data.Tables;

namespace Aligners.Orchestration.Reviews;

/// <summary>One page of the review queue and the token of the next.</summary>
public sealed record ReviewPage(IReadOnlyList<ReviewItem> Items, string? ContinuationToken);

/// <summary>A decision that cannot be taken: the item was decided otherwise already.</summary>
public sealed class ReviewConflictException(string message) : Exception(message);

/// <summary>
/// The review queue: rows in the <c>reviews</c> table, and reviewers' decisions. A decision is
/// first recorded in the instance's audit record (entry <c>review</c>, hash-chained like every
/// other) and then on the row; the audit record is the source of truth, so a decision whose row
/// update was lost is completed by repeating it, and a different second decision is refused.
/// </summary>
public sealed class ReviewStore(AppStorage storage, AuditLog audit, TimeProvider clock)
{
    /// <summary>Longest text kept on a row (a table property holds 32K characters); the audit record keeps the whole.</summary>
    public const int MaxRowText = 30_000;

    private TableClient Table => storage.Reviews;

    /// <summary>Queues <paramref name="item"/>; a repeated add (a redelivered activity) leaves the first row.</summary>
    public async Task AddAsync(ReviewItem item, CancellationToken ct)
    {
        item.Prompt = Clip(item.Prompt);
        item.Original = Clip(item.Original);
        item.Rewrite = Clip(item.Rewrite);
        try
        {
            await Table.AddEntityAsync(item, ct).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Queued already by an earlier delivery of the same step.
        }
    }

    /// <summary>A page of items, newest first within a tenant, filtered by tenant and state.</summary>
    public async Task<ReviewPage> ListAsync(string? tenant, string? state, int pageSize, string? continuationToken, CancellationToken ct)
    {
        var filters = new List<string>();
        if (tenant is not null)
        {
            filters.Add(TableClient.CreateQueryFilter($"PartitionKey eq {tenant}"));
        }
        if (state is not null)
        {
            filters.Add(TableClient.CreateQueryFilter($"State eq {state}"));
        }
        var query = Table.QueryAsync<ReviewItem>(filters.Count == 0 ? null : string.Join(" and ", filters), maxPerPage: pageSize, cancellationToken: ct);
        await foreach (var page in query.AsPages(continuationToken, pageSize).ConfigureAwait(false))
        {
            return new ReviewPage(page.Values, page.ContinuationToken);
        }
        return new ReviewPage([], null);
    }

    /// <summary>The item of an instance, or null.</summary>
    public async Task<ReviewItem?> GetAsync(string tenant, string instanceId, CancellationToken ct)
    {
        var response = await Table.GetEntityIfExistsAsync<ReviewItem>(tenant, instanceId, cancellationToken: ct).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>Records a decision in the audit record, then on the row.</summary>
    /// <exception cref="KeyNotFoundException">No such item.</exception>
    /// <exception cref="ReviewConflictException">It was decided otherwise already.</exception>
    public async Task<ReviewItem> DecideAsync(string tenant, string instanceId, string action, string? text, string? reviewer, CancellationToken ct)
    {
        var item = await GetAsync(tenant, instanceId, ct).ConfigureAwait(false) ?? throw new KeyNotFoundException($"no review item {tenant}/{instanceId}");
        var finalText = action switch
        {
            ReviewActions.ApproveOriginal => item.Original,
            ReviewActions.ApproveRewrite => item.Rewrite,
            _ => text!,
        };
        var data = new JsonObject { ["action"] = action, ["text"] = finalText, ["reviewer"] = reviewer };
        var recorded = await audit.AppendOnceAsync(instanceId, "review", AuditTypes.Reviewed, data, ct).ConfigureAwait(false);
        if (recorded.Data["action"]?.GetValue<string>() != action || recorded.Data["text"]?.GetValue<string>() != finalText)
        {
            throw new ReviewConflictException($"decided already: {recorded.Data["action"]} at {recorded.Time:O}");
        }
        item.State = ReviewStates.Decided;
        item.Decision = action;
        item.FinalText = Clip(finalText);
        item.Reviewer = reviewer;
        item.DecidedAt = recorded.Time;
        try
        {
            await Table.UpdateEntityAsync(item, item.ETag, TableUpdateMode.Replace, ct).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            // The same decision landed concurrently (the audit record admits only one).
            return await GetAsync(tenant, instanceId, ct).ConfigureAwait(false) ?? item;
        }
        return item;
    }

    /// <summary>A row for a finished instance, stamped now.</summary>
    public ReviewItem NewItem() => new() { QueuedAt = clock.GetUtcNow() };

    private static string Clip(string text) => text.Length <= MaxRowText ? text : text[..MaxRowText] + "…";
}
