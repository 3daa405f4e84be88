using Aligners.Functions.Hosting;
using Aligners.Functions.Http;
using Aligners.Inference.Http;
using Aligners.Orchestration.Audit;
using Aligners.Orchestration.Bulk;
using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Workflows;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Aligners.Functions.Console;

/// <summary>
/// The routes behind the review console, open to reviewers (<see cref="ReviewerIdentity"/>): recent instances with filters, one instance with its
/// word-level diff and audit verification, bulk jobs, and flag and rewrite rates per day. All read
/// the engine's instance store through the Durable client.
/// </summary>
public sealed class ConsoleApiFunctions(AuditLog audit, TimeProvider clock, ReviewerIdentity reviewers)
{
    /// <summary>The most instances one page holds.</summary>
    public const int MaxPageSize = 100;

    /// <summary>
    /// A page of alignment instances, newest first within the page: <c>?tenant=</c>, <c>?criterion=</c>,
    /// <c>?changed=true|false</c>, <c>?unresolved=true|false</c>, <c>?pageSize=</c>, <c>?continuationToken=</c>.
    /// A page holds the matches among the instances the engine returned for it, so it may be short.
    /// </summary>
    [Function("InstanceList")]
    public async Task<IResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/instances")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken ct)
    {
        if (reviewers.Of(request) is null)
        {
            return ReviewerIdentity.Refusal();
        }
        var q = request.Query;
        if (!TryPageSize(q["pageSize"].FirstOrDefault(), out var pageSize))
        {
            return Problems.Invalid("pageSize", $"must be a whole number from 1 to {MaxPageSize}");
        }
        if (!TryFlag(q["changed"].FirstOrDefault(), out var changed) || !TryFlag(q["unresolved"].FirstOrDefault(), out var unresolved))
        {
            return Problems.Invalid(q.ContainsKey("changed") ? "changed" : "unresolved", "must be true or false");
        }
        var tenant = q["tenant"].FirstOrDefault() is { Length: > 0 } t ? t : null;
        var criterion = q["criterion"].FirstOrDefault() is { Length: > 0 } c ? c : null;
        var query = new OrchestrationQuery { PageSize = pageSize, ContinuationToken = q["continuationToken"].FirstOrDefault(), FetchInputsAndOutputs = true };
        await foreach (var page in client.GetAllInstancesAsync(query).AsPages(query.ContinuationToken, pageSize).WithCancellation(ct))
        {
            var items = page.Values.Where(m => m.Name == AlignmentOrchestrator.TaskName).Select(Summary)
                .Where(s => (tenant is null || s.Tenant == tenant)
                    && (criterion is null || s.Criteria.Contains(criterion))
                    && (changed is null || s.Changed == changed)
                    && (unresolved is null || (s.Unresolved.Count > 0) == unresolved))
                .OrderByDescending(s => s.CreatedTime).ToList();
            return TypedResults.Json(new { items, continuationToken = page.ContinuationToken }, WorkflowJson.Options);
        }
        return TypedResults.Json(new { items = Array.Empty<InstanceSummary>(), continuationToken = (string?)null }, WorkflowJson.Options);
    }

    /// <summary>One instance: its status and output, the word-level diff of the answer and what it became, and its audit verification.</summary>
    [Function("InstanceGet")]
    public async Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/instances/{id}")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string id,
        CancellationToken ct)
    {
        if (reviewers.Of(request) is null)
        {
            return ReviewerIdentity.Refusal();
        }
        if (await Tenancy.FindAsync(client, id, AlignmentOrchestrator.TaskName, tenant: null, ct) is not { } metadata)
        {
            return Problems.NotFound("id", $"no alignment instance '{id}'");
        }
        var status = StatusBody.From(metadata);
        var input = metadata.ReadInputAs<AlignmentInput>();
        // An instance that used privacy shows its findings, and its texts with the values masked.
        var privacy = status.Output?.Privacy is { } report && input is not null ? PrivacyView.Rows(report) : null;
        if (privacy is not null)
        {
            status = status with { Output = PrivacyView.Mask(status.Output!, input!.Policy.Privacy) };
        }
        var diff = status.Output is { } o ? WordDiff.Between(o.Response, o.ShadowRewrite ?? o.Aligned) : [];
        // The audit record's verification and its entries' headings (not their data, which the
        // audit route gives operators): reviewers see that the record holds, without the admin key.
        var lines = await audit.ReadLinesAsync(id, ct) ?? [];
        var verification = lines.Count > 0 ? audit.Verify(lines) : null;
        var entries = lines.Select(AuditHeading).ToList();
        return TypedResults.Json(new { status, tenant = input?.Tenant, criteria = input?.Criteria, policy = input?.Policy, privacy, diff, verification, entries },
            WorkflowJson.Options);
    }

    /// <summary>Bulk jobs with their progress: <c>?pageSize=</c>, <c>?continuationToken=</c>.</summary>
    [Function("BulkList")]
    public async Task<IResult> BulkListAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/bulk")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken ct)
    {
        if (reviewers.Of(request) is null)
        {
            return ReviewerIdentity.Refusal();
        }
        if (!TryPageSize(request.Query["pageSize"].FirstOrDefault(), out var pageSize))
        {
            return Problems.Invalid("pageSize", $"must be a whole number from 1 to {MaxPageSize}");
        }
        // Bulk job ids are the job's own; its chunks' instances are named after it with a suffix.
        var query = new OrchestrationQuery { PageSize = pageSize, ContinuationToken = request.Query["continuationToken"].FirstOrDefault(), FetchInputsAndOutputs = true };
        await foreach (var page in client.GetAllInstancesAsync(query).AsPages(query.ContinuationToken, pageSize).WithCancellation(ct))
        {
            var jobs = new List<object>();
            foreach (var m in page.Values.Where(m => m.Name == BulkJobOrchestrator.TaskName).OrderByDescending(m => m.CreatedAt))
            {
                if (await BulkFunctions.ReadAsync(client, m.InstanceId, null, ct) is { } s)
                {
                    jobs.Add(new { s.JobId, s.Status, s.Total, s.Completed, s.Failed, s.Pending, createdTime = m.CreatedAt, tenant = Tenancy.OwnerOf(m) });
                }
            }
            return TypedResults.Json(new { items = jobs, continuationToken = page.ContinuationToken }, WorkflowJson.Options);
        }
        return TypedResults.Json(new { items = Array.Empty<object>(), continuationToken = (string?)null }, WorkflowJson.Options);
    }

    /// <summary>Per day (UTC) and criterion: answers checked, flagged and rewritten, and the privacy findings per type, over <c>?days=</c> (1 to 90, default 7).</summary>
    [Function("Stats")]
    public async Task<IResult> StatsAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/stats")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken ct)
    {
        if (reviewers.Of(request) is null)
        {
            return ReviewerIdentity.Refusal();
        }
        var days = 7;
        if (request.Query["days"].FirstOrDefault() is { } raw && (!int.TryParse(raw, out days) || days is < 1 or > 90))
        {
            return Problems.Invalid("days", "must be a whole number from 1 to 90");
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var from = today.AddDays(1 - days);
        var query = new OrchestrationQuery
        {
            CreatedFrom = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            Statuses = [OrchestrationRuntimeStatus.Completed],
            FetchInputsAndOutputs = true,
            PageSize = 500,
        };
        var finished = new List<(DateTimeOffset, AlignmentPolicy, AlignmentOutput)>();
        await foreach (var m in client.GetAllInstancesAsync(query).WithCancellation(ct))
        {
            if (m.Name == AlignmentOrchestrator.TaskName && m.ReadInputAs<AlignmentInput>() is { } input && m.ReadOutputAs<AlignmentOutput>() is { } output)
            {
                finished.Add((m.CreatedAt, input.Policy, output));
            }
        }
        return TypedResults.Json(new { days = RateTally.Count(finished, from, today) }, WorkflowJson.Options);
    }

    private static InstanceSummary Summary(OrchestrationMetadata m)
    {
        var input = m.ReadInputAs<AlignmentInput>();
        var output = m.RuntimeStatus == OrchestrationRuntimeStatus.Completed ? m.ReadOutputAs<AlignmentOutput>() : null;
        var prompt = input?.Request.Prompt ?? "";
        if (input is not null && (input.Policy.Privacy.Mode != PrivacyModes.Off || input.Criteria.Contains(Orchestration.Privacy.PrivacyCriterion.Name)))
        {
            prompt = PrivacyView.Mask(prompt, input.Policy.Privacy);
        }
        return new InstanceSummary(m.InstanceId, m.RuntimeStatus.ToString(), m.CreatedAt, input?.Tenant ?? "default", input?.Criteria ?? [],
            prompt, output?.Changed, output?.Applied ?? [], [.. output?.Unresolved.Select(u => u.Criterion) ?? []],
            output?.QueuedForReview ?? false);
    }

    private static bool TryPageSize(string? raw, out int size)
    {
        size = 25;
        return raw is null || (int.TryParse(raw, out size) && size is >= 1 and <= MaxPageSize);
    }

    /// <summary>An audit entry's sequence number, type, id and time; an unreadable line is named as such.</summary>
    private static object AuditHeading(string line)
    {
        try
        {
            var e = System.Text.Json.JsonDocument.Parse(line).RootElement;
            return new
            {
                seq = e.TryGetProperty("seq", out var seq) ? seq.GetInt64() : (long?)null,
                type = e.TryGetProperty("type", out var type) ? type.GetString() : null,
                id = e.TryGetProperty("id", out var entryId) ? entryId.GetString() : null,
                time = e.TryGetProperty("time", out var time) ? time.GetString() : null,
            };
        }
        catch (System.Text.Json.JsonException)
        {
            return new { seq = (long?)null, type = "unreadable", id = (string?)null, time = (string?)null };
        }
    }

    private static bool TryFlag(string? raw, out bool? flag)
    {
        flag = null;
        if (string.IsNullOrEmpty(raw))
        {
            return true;
        }
        if (bool.TryParse(raw, out var b))
        {
            flag = b;
            return true;
        }
        return false;
    }
}
