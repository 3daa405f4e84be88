using System.Reflection;
using Microsoft.DurableTask;

namespace Aligners.Orchestration.Workflows;

/// <summary>One orchestrator or activity: its name and its class.</summary>
public sealed record WorkflowTask(string Name, Type Type)
{
    /// <summary>Whether it is an orchestrator (else an activity).</summary>
    public bool IsOrchestrator => typeof(ITaskOrchestrator).IsAssignableFrom(Type);
}

/// <summary>
/// Every orchestrator and activity of the workflows, read from the classes marked with
/// <see cref="WorkflowTaskAttribute"/>: what the local host registers, what the dependency
/// container holds, and what the Functions host's wrappers must match (a test checks them).
/// </summary>
/// <remarks>
/// The Durable Task source generator, which would write this list, is not served here, so the
/// classes carry their names and this reads them once.
/// </remarks>
public static class WorkflowCatalog
{
    /// <summary>Every task, orchestrators first, each group by name.</summary>
    public static IReadOnlyList<WorkflowTask> All { get; } = [.. typeof(WorkflowCatalog).Assembly.GetTypes()
        .Select(t => (Type: t, Attribute: t.GetCustomAttribute<WorkflowTaskAttribute>()))
        .Where(t => t.Attribute is not null)
        .Select(t => new WorkflowTask(t.Attribute!.Name, t.Type))
        .OrderBy(t => t.IsOrchestrator ? 0 : 1).ThenBy(t => t.Name, StringComparer.Ordinal)];

    /// <summary>The orchestrators.</summary>
    public static IReadOnlyList<WorkflowTask> Orchestrators { get; } = [.. All.Where(t => t.IsOrchestrator)];

    /// <summary>The activities.</summary>
    public static IReadOnlyList<WorkflowTask> Activities { get; } = [.. All.Where(t => !t.IsOrchestrator)];
}
