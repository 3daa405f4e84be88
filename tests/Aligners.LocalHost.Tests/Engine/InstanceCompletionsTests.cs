using Aligners.LocalHost.Engine;
using DurableTask.Core;

namespace Aligners.LocalHost.Tests.Engine;

[Trait("Category", "Unit")]
public class InstanceCompletionsTests
{
    private static OrchestrationState Ended(string id) => new()
    {
        OrchestrationInstance = new OrchestrationInstance { InstanceId = id },
        OrchestrationStatus = OrchestrationStatus.Completed,
        Output = "\"done\"",
    };

    [Fact]
    public async Task EveryWaitForAnInstance_GetsItsEndedState()
    {
        var completions = new InstanceCompletions();
        using var first = completions.Register("a");
        using var second = completions.Register("a");

        completions.Complete(Ended("a"));

        Assert.Equal("\"done\"", (await first.Ended).Output);
        Assert.Same(await first.Ended, await second.Ended);
        Assert.Equal(0, completions.Waiting);
    }

    [Fact]
    public void AnEndNoOneWaitsFor_IsDropped_AndAnotherInstancesEndWakesNoOne()
    {
        var completions = new InstanceCompletions();
        completions.Complete(Ended("nobody"));
        using var waiting = completions.Register("b");

        completions.Complete(Ended("c"));

        Assert.False(waiting.Ended.IsCompleted);
        Assert.Equal(1, completions.Waiting);
    }

    [Fact]
    public void AWaitThatGivesUp_IsForgotten_OnceItsLastWaiterLetsGo()
    {
        var completions = new InstanceCompletions();
        var first = completions.Register("d");
        var second = completions.Register("d");

        first.Dispose();
        first.Dispose();
        var afterFirst = completions.Waiting;
        second.Dispose();

        Assert.Equal(1, afterFirst);
        Assert.Equal(0, completions.Waiting);
    }
}
