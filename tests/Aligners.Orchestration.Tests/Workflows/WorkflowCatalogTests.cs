using System.Reflection;
using Aligners.Orchestration.Workflows;
using Microsoft.DurableTask;

namespace Aligners.Orchestration.Tests.Workflows;

[Trait("Category", "Unit")]
public class WorkflowCatalogTests
{
    private static IEnumerable<string> NameConstants() =>
        typeof(WorkflowNames).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void EveryTaskName_IsCarriedByExactlyOneClass()
    {
        var names = WorkflowCatalog.All.Select(t => t.Name).ToList();

        Assert.Equal(names.Distinct().Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
        Assert.Equal(NameConstants().Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryCatalogedClass_IsAnOrchestratorOrAnActivity()
    {
        Assert.All(WorkflowCatalog.All, t =>
            Assert.True(typeof(ITaskOrchestrator).IsAssignableFrom(t.Type) ^ typeof(ITaskActivity).IsAssignableFrom(t.Type), t.Type.Name));
        Assert.Equal(["Alignment", "BulkChunk", "BulkJob"], WorkflowCatalog.Orchestrators.Select(t => t.Name));
    }
}
