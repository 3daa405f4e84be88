namespace Aligners.Orchestration.Workflows;

/// <summary>
/// The name an orchestrator or activity class is registered and called by, on both hosts: the
/// one place a workflow task is named. <see cref="WorkflowCatalog"/> finds every class marked so.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class WorkflowTaskAttribute(string name) : Attribute
{
    /// <summary>The task's name (one of <see cref="WorkflowNames"/>); kept stable, since in-flight instances call tasks by it.</summary>
    public string Name { get; } = name;
}
