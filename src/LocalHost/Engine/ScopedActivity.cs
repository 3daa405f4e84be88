using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker.Shims;

namespace Aligners.LocalHost.Engine;

/// <summary>
/// One of the project's activities as DTFx runs it: each run gets its own dependency scope, as the
/// Durable Task worker gives one, and the activity (resolved in it) runs behind the SDK's shim,
/// which reads the input and writes the result with the worker's data converter.
/// </summary>
public sealed class ScopedActivity(string name, Type type, IServiceProvider services, DurableTaskShimFactory shims) : TaskActivity
{
    /// <inheritdoc />
    public override async Task<string?> RunAsync(TaskContext context, string? input)
    {
        await using var scope = services.CreateAsyncScope();
        var activity = (ITaskActivity)ActivatorUtilities.GetServiceOrCreateInstance(scope.ServiceProvider, type);
        return await shims.CreateActivity(name, activity).RunAsync(context, input).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>DTFx calls <see cref="RunAsync"/> only.</remarks>
    public override string Run(TaskContext context, string input) => throw new NotSupportedException();
}
