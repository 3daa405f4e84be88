using System.Reflection;
using Aligners.Orchestration.Workflows;
using Microsoft.DurableTask;

namespace Aligners.Orchestration.Tests.Workflows;

[Trait("Category", "Unit")]
public class WorkflowCatalogTests
{
    private static string? TaskNameConstant(Type type) =>
        type.GetField("TaskName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } f ? (string)f.GetRawConstantValue()! : null;

    [Fact]
    public void EveryTaskName_IsCarriedByExactlyOneClass_AsItsOwnTaskNameConstant()
    {
        var names = WorkflowCatalog.All.Select(t => t.Name).ToList();

        Assert.Equal(names.Distinct().Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
        Assert.All(WorkflowCatalog.All, t => Assert.Equal(t.Name, TaskNameConstant(t.Type)));
    }

    [Fact]
    public void EveryOrchestratorAndActivityClass_IsCataloged()
    {
        var tasks = typeof(WorkflowCatalog).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && (typeof(ITaskOrchestrator).IsAssignableFrom(t) || typeof(ITaskActivity).IsAssignableFrom(t)))
            .Select(t => t.Name).Order(StringComparer.Ordinal);

        Assert.Equal(tasks, WorkflowCatalog.All.Select(t => t.Type.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryCatalogedClass_IsAnOrchestratorOrAnActivity()
    {
        Assert.All(WorkflowCatalog.All, t =>
            Assert.True(typeof(ITaskOrchestrator).IsAssignableFrom(t.Type) ^ typeof(ITaskActivity).IsAssignableFrom(t.Type), t.Type.Name));
        Assert.Equal(["Alignment", "BulkChunk", "BulkJob"], WorkflowCatalog.Orchestrators.Select(t => t.Name));
    }
}
