using System.Text.Json;
using System.Text.Json.Nodes;
using Aligners.Orchestration.Audit;
using Aligners.Orchestration.Reviews;
using Aligners.Orchestration.Workflows;
using Microsoft.DurableTask;

namespace Aligners.Orchestration.Activities;

/// <summary>Puts a finished answer on the review queue and records that, and why, in its audit record.</summary>
[WorkflowTask(QueueReviewActivity.TaskName)]
public sealed class QueueReviewActivity(ReviewStore reviews, AuditRecorder audit) : TaskActivity<ReviewCall, bool>
{
    /// <summary>The name it is registered and called by on both hosts: put a finished answer on the review queue.</summary>
    public const string TaskName = "QueueReview";

    /// <inheritdoc />
    public override async Task<bool> RunAsync(TaskActivityContext context, ReviewCall call)
    {
        var o = call.Output;
        var item = reviews.NewItem();
        item.PartitionKey = o.Tenant;
        item.RowKey = context.InstanceId;
        item.Criteria = string.Join(",", call.Criteria);
        item.Reasons = string.Join("\n", o.ReviewReasons);
        item.ScoresJson = JsonSerializer.Serialize(o.Scores, WorkflowJson.Options);
        item.Prompt = o.Prompt;
        item.Original = o.Response;
        // What a reviewer approves as "the rewrite": the one shadow mode withheld, the accepted one, or else the last the gate refused.
        item.Rewrite = o.ShadowRewrite ?? (o.Changed ? o.Aligned : o.Unresolved.LastOrDefault(u => u.Candidate is not null)?.Candidate ?? o.Aligned);
        item.Policy = $"{o.Policy}@{o.PolicyVersion}";
        item.Shadow = o.Shadow;
        await ActivityFailures.ClassifyAsync(async () =>
        {
            await reviews.AddAsync(item, CancellationToken.None);
            return true;
        });
        await audit.RecordResultAsync(context.InstanceId, call.Carried, "review-queued", AuditTypes.ReviewQueued,
            new ReviewQueued(o.Tenant, [.. o.ReviewReasons]));
        return true;
    }
}

/// <summary>What <see cref="QueueReviewActivity"/> records.</summary>
public sealed record ReviewQueued(string Tenant, IReadOnlyList<string> Reasons);
