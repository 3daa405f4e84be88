namespace Aligners.Functions.Console;

/// <summary>A line of the console's instance list.</summary>
public sealed record InstanceSummary(string InstanceId, string RuntimeStatus, DateTimeOffset CreatedTime, string Tenant, IReadOnlyList<string> Criteria,
    string Prompt, bool? Changed, IReadOnlyList<string> Applied, IReadOnlyList<string> Unresolved, bool QueuedForReview);
