using System.Reflection;
using Aligners.Functions.Workflows;
using Aligners.Orchestration.Workflows;
using Microsoft.Azure.Functions.Worker;

namespace Aligners.Functions.Tests.Workflows;

/// <summary>
/// The Functions host reaches the workflows through one-line <c>[Function]</c> wrappers, which the
/// Functions SDK needs as methods of their own. These tests hold them to the classes: one wrapper
/// per task of <see cref="WorkflowCatalog"/>, under its name, taking its input and giving its result.
/// </summary>
[Trait("Category", "Unit")]
public class WorkflowFunctionsTests
{
    private static Dictionary<string, MethodInfo> Wrappers() =>
        typeof(WorkflowFunctions).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(m => m.GetCustomAttribute<FunctionAttribute>() is not null)
            .ToDictionary(m => m.GetCustomAttribute<FunctionAttribute>()!.Name);

    /// <summary>TInput and TOutput of the task's TaskOrchestrator or TaskActivity base.</summary>
    private static (Type Input, Type Output) Signature(Type task)
    {
        var generic = task.BaseType!;
        while (!generic.IsGenericType)
        {
            generic = generic.BaseType!;
        }
        var args = generic.GetGenericArguments();
        return (args[0], args[1]);
    }

    [Fact]
    public void EveryCatalogedTask_HasOneWrapper_AndNoWrapperLacksATask()
    {
        Assert.Equal(WorkflowCatalog.All.Select(t => t.Name).Order(StringComparer.Ordinal), Wrappers().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EachWrapper_TakesItsTasksInput_AndGivesItsResult()
    {
        var wrappers = Wrappers();
        foreach (var task in WorkflowCatalog.All)
        {
            var wrapper = wrappers[task.Name];
            var (input, output) = Signature(task.Type);
            Assert.Equal(typeof(Task<>).MakeGenericType(output), wrapper.ReturnType);
            var trigger = wrapper.GetParameters().Single(p =>
                p.GetCustomAttribute<ActivityTriggerAttribute>() is not null || p.GetCustomAttribute<OrchestrationTriggerAttribute>() is not null);
            if (!task.IsOrchestrator)
            {
                Assert.Equal(input, trigger.ParameterType);
            }
        }
    }
}
