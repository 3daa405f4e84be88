using Aligners.Orchestration.Workflows;
using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker.Shims;

namespace Aligners.LocalHost.Engine;

/// <summary>
/// DTFx's own <see cref="TaskHubWorker"/> in the app's process: its dispatchers fetch orchestration
/// and activity work items concurrently (host.json's <c>maxConcurrent*Functions</c>, extended
/// sessions, the control queues' batch size) and run the project's orchestrators and activities,
/// written against Microsoft.DurableTask, behind the SDK's <see cref="DurableTaskShimFactory"/>.
/// Started with the app and stopped with it.
/// </summary>
/// <param name="service">The engine's backend (the Azure Storage orchestration service).</param>
/// <param name="tasks">The orchestrators and activities it runs: the app's are <see cref="WorkflowCatalog.All"/>.</param>
/// <param name="shims">The SDK's bridge to DTFx's task types.</param>
/// <param name="services">Where orchestrators and activities are resolved (each activity run in a scope of its own).</param>
/// <param name="logs">The engine's logs.</param>
public sealed class InProcessEngine(IOrchestrationService service, IEnumerable<WorkflowTask> tasks, DurableTaskShimFactory shims, IServiceProvider services,
    ILoggerFactory logs) : IHostedService
{
    private TaskHubWorker? _worker;

    /// <summary>The orchestrators, each a new shim per episode.</summary>
    public WorkflowObjectManager<TaskOrchestration> Orchestrations()
    {
        var manager = new WorkflowObjectManager<TaskOrchestration>();
        foreach (var task in tasks.Where(t => t.IsOrchestrator))
        {
            manager.Add(new WorkflowCreator<TaskOrchestration>(task.Name, () =>
                shims.CreateOrchestration(task.Name, (ITaskOrchestrator)ActivatorUtilities.GetServiceOrCreateInstance(services, task.Type))));
        }
        return manager;
    }

    /// <summary>The activities, each run in a dependency scope of its own.</summary>
    public WorkflowObjectManager<TaskActivity> Activities()
    {
        var manager = new WorkflowObjectManager<TaskActivity>();
        foreach (var task in tasks.Where(t => !t.IsOrchestrator))
        {
            var activity = new ScopedActivity(task.Name, task.Type, services, shims);
            manager.Add(new WorkflowCreator<TaskActivity>(task.Name, () => activity));
        }
        return manager;
    }

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _worker = new TaskHubWorker(service, Orchestrations(), Activities(), logs)
        {
            // Failures travel as DTFx's failure details, which the shims turn into the SDK's TaskFailureDetails.
            ErrorPropagationMode = ErrorPropagationMode.UseFailureDetails,
        };
        await _worker.StartAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_worker is not { } worker)
        {
            return;
        }
        _worker = null;
        try
        {
            // Graceful: work in hand finishes and the partitions' leases are released for another host.
            await worker.StopAsync(isForced: false).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Out of time: what was in hand is delivered again after its visibility timeout.
            await worker.StopAsync(isForced: true).ConfigureAwait(false);
        }
        worker.Dispose();
    }
}
