using Microsoft.DurableTask;

namespace Aligners.Orchestration.Workflows;

/// <summary>
/// Registers the workflows with a Durable Task worker under their names: what the local host's
/// worker runs. On the Functions host the same classes run behind one-line <c>[Function]</c>
/// wrappers with the same names.
/// </summary>
public static class WorkflowRegistration
{
    /// <summary>Adds every orchestrator and activity of <see cref="WorkflowCatalog"/>.</summary>
    public static DurableTaskRegistry AddAlignmentWorkflows(this DurableTaskRegistry registry)
    {
        foreach (var task in WorkflowCatalog.All)
        {
            if (task.IsOrchestrator)
            {
                registry.AddOrchestrator(task.Name, task.Type);
            }
            else
            {
                registry.AddActivity(task.Name, task.Type);
            }
        }
        return registry;
    }
}
