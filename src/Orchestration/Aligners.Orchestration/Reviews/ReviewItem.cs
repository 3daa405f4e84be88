using Azure;
using Azure.Data.Tables;

namespace Aligners.Orchestration.Reviews;

/// <summary>The states of a review item.</summary>
public static class ReviewStates
{
    /// <summary>Waiting for a reviewer.</summary>
    public const string Pending = "pending";

    /// <summary>A reviewer decided.</summary>
    public const string Decided = "decided";
}

/// <summary>What a reviewer decided.</summary>
public static class ReviewActions
{
    /// <summary>The answer as the LLM gave it stands.</summary>
    public const string ApproveOriginal = "approve-original";

    /// <summary>The pipeline's rewrite stands (in shadow mode, the rewrite it would have made).</summary>
    public const string ApproveRewrite = "approve-rewrite";

    /// <summary>The reviewer's own text stands.</summary>
    public const string Replace = "replace";

    /// <summary>Every action.</summary>
    public static readonly IReadOnlyList<string> All = [ApproveOriginal, ApproveRewrite, Replace];
}

/// <summary>
/// One row of the review queue (table <c>reviews</c>): partition = tenant, row = instance id. It
/// holds what a reviewer needs to decide without opening the instance, and the decision.
/// </summary>
public sealed class ReviewItem : ITableEntity
{
    /// <summary>The tenant.</summary>
    public string PartitionKey { get; set; } = "";

    /// <summary>The instance id.</summary>
    public string RowKey { get; set; } = "";

    /// <inheritdoc />
    public DateTimeOffset? Timestamp { get; set; }

    /// <inheritdoc />
    public ETag ETag { get; set; }

    /// <summary>The criteria concerned, comma-separated.</summary>
    public string Criteria { get; set; } = "";

    /// <summary>Why it was queued, one reason per line.</summary>
    public string Reasons { get; set; } = "";

    /// <summary>Per criterion: score before and after, as JSON.</summary>
    public string ScoresJson { get; set; } = "{}";

    /// <summary>The prompt.</summary>
    public string Prompt { get; set; } = "";

    /// <summary>The answer before alignment.</summary>
    public string Original { get; set; } = "";

    /// <summary>The pipeline's answer (in shadow mode, the one it would have returned).</summary>
    public string Rewrite { get; set; } = "";

    /// <summary>The policy and its version.</summary>
    public string Policy { get; set; } = "";

    /// <summary>Shadow mode was on.</summary>
    public bool Shadow { get; set; }

    /// <summary><see cref="ReviewStates"/>.</summary>
    public string State { get; set; } = ReviewStates.Pending;

    /// <summary>When it was queued.</summary>
    public DateTimeOffset QueuedAt { get; set; }

    /// <summary>The decision (<see cref="ReviewActions"/>), once decided.</summary>
    public string? Decision { get; set; }

    /// <summary>The text that stands after the decision.</summary>
    public string? FinalText { get; set; }

    /// <summary>Who decided, as the reviewer gave it.</summary>
    public string? Reviewer { get; set; }

    /// <summary>When the decision was made.</summary>
    public DateTimeOffset? DecidedAt { get; set; }
}
