namespace Aligners.Orchestration.Workflows;

/// <summary>
/// Marks an orchestrator or activity class with the name it is registered and called by, on both
/// hosts: its own <c>TaskName</c> constant, the one place a workflow task is named.
/// <see cref="WorkflowCatalog"/> finds every class marked so.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class WorkflowTaskAttribute(string name) : Attribute
{
    /// <summary>The task's name (the class's <c>TaskName</c> constant); kept stable, since in-flight instances call tasks by it.</summary>
    public string Name { get; } = name;
}
