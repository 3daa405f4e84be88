using Microsoft.DurableTask;

namespace Aligners.LocalHost.Tests.Engine;

/// <summary>Small workflows, written against Microsoft.DurableTask as the app's are, that exercise each client call.</summary>
public static class ClientTestWorkflows
{
    public static IReadOnlyList<WorkflowTask> All { get; } =
    [
        new("Echo", typeof(Echo)),
        new("Gate", typeof(Gate)),
        new("Fail", typeof(Fail)),
        new("Upper", typeof(Upper)),
        new("Throw", typeof(Throw)),
    ];

    /// <summary>Returns its input upper-cased by an activity.</summary>
    public sealed class Echo : TaskOrchestrator<string, string>
    {
        public override async Task<string> RunAsync(TaskOrchestrationContext context, string input) =>
            await context.CallActivityAsync<string>("Upper", input);
    }

    /// <summary>Sets a custom status, then waits for the event "go" and returns its payload after the input.</summary>
    public sealed class Gate : TaskOrchestrator<string, string>
    {
        public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
        {
            context.SetCustomStatus("waiting");
            var payload = await context.WaitForExternalEvent<string>("go");
            return $"{input}:{payload}";
        }
    }

    /// <summary>Calls an activity that throws.</summary>
    public sealed class Fail : TaskOrchestrator<string, string>
    {
        public override async Task<string> RunAsync(TaskOrchestrationContext context, string input) =>
            await context.CallActivityAsync<string>("Throw", input);
    }

    public sealed class Upper : TaskActivity<string, string>
    {
        public override Task<string> RunAsync(TaskActivityContext context, string input) => Task.FromResult(input.ToUpperInvariant());
    }

    public sealed class Throw : TaskActivity<string, string>
    {
        public override Task<string> RunAsync(TaskActivityContext context, string input) => throw new InvalidOperationException($"refused {input}");
    }
}
