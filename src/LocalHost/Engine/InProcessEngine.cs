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
/// <param name="service">The engine's backend (the Azure Storage orchestration service) as the dispatchers see it.</param>
/// <param name="tasks">The orchestrators and activities it runs: the app's are <see cref="WorkflowCatalog.All"/>.</param>
/// <param name="shims">The SDK's bridge to DTFx's task types.</param>
/// <param name="services">Where orchestrators and activities are resolved (each activity run in a scope of its own).</param>
/// <param name="logs">The engine's logs.</param>
public sealed class InProcessEngine(CompletionSignalingService service, IEnumerable<WorkflowTask> tasks, DurableTaskShimFactory shims, IServiceProvider services,
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

    /// <summary>How long a stop waits for the activities in hand (each a few model runs) before it lets them go.</summary>
    public static readonly TimeSpan ActivityGrace = TimeSpan.FromSeconds(5);

    /// <inheritdoc />
    /// <remarks>
    /// Fetching stops at once; the activities in hand finish and are written (for up to
    /// <see cref="ActivityGrace"/>); then the engine stops without waiting for orchestrations idling
    /// in extended sessions, whose state is written after every episode, so the partitions' leases
    /// are released at once for another host. DTFx's own graceful stop would instead poll its
    /// dispatchers for up to 8 s and drain each partition's sessions to their idle timeout.
    /// Whatever is still in hand when the time is out is delivered again after its visibility timeout.
    /// </remarks>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_worker is not { } worker)
        {
            return;
        }
        _worker = null;
        await Task.WhenAll(worker.TaskActivityDispatcher.StopAsync(forced: true), worker.TaskOrchestrationDispatcher.StopAsync(forced: true))
            .ConfigureAwait(false);
        try
        {
            await service.ActivitiesInHand.WhenIdle().WaitAsync(ActivityGrace, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            logs.CreateLogger<InProcessEngine>().LogWarning("Stopping with {Count} activities in hand: they run again after their visibility timeout",
                service.ActivitiesInHand.Count);
        }
        try
        {
            // Releasing the leases writes to storage; with storage gone (its Azurite stopped first) the
            // SDK's retries must not hold the process past the host's shutdown time.
            await worker.StopAsync(isForced: true).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            logs.CreateLogger<InProcessEngine>().LogWarning("The engine did not stop within the host's shutdown time; its leases expire on their own");
            return;
        }
        worker.Dispose();
    }
}
