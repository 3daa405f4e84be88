using DurableTask.Core;

namespace Aligners.LocalHost.Engine;

/// <summary>
/// The engine as the in-process worker's dispatchers see it: every call passes through, and once an
/// orchestration episode that ends its instance has been written, <see cref="InstanceCompletions"/>
/// hears of it, so a caller waiting in this process learns of the end without polling storage. It
/// also keeps count of the activities in hand (so a stop waits for them and for nothing else) and
/// logs, with its stack, every exception a dispatcher meets processing or fetching a work item.
/// </summary>
/// <remarks>
/// Here rather than in an orchestration dispatcher middleware: the middleware runs before the
/// dispatcher writes the episode, and a caller woken there could read the instance as still running.
/// The exceptions are logged here because DTFx's dispatchers hand each one to the service to ask
/// how long to back off, while their own log of it goes only to an event source.
/// </remarks>
public sealed class CompletionSignalingService(IOrchestrationService inner, InstanceCompletions completions, ILogger? logger = null) : IOrchestrationService
{
    private readonly ILogger _logger = logger ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    /// <summary>The activities locked and not yet completed or abandoned.</summary>
    public WorkInHand<TaskActivityWorkItem> ActivitiesInHand { get; } = new();

    /// <inheritdoc />
    public int TaskOrchestrationDispatcherCount => inner.TaskOrchestrationDispatcherCount;

    /// <inheritdoc />
    public int MaxConcurrentTaskOrchestrationWorkItems => inner.MaxConcurrentTaskOrchestrationWorkItems;

    /// <inheritdoc />
    public BehaviorOnContinueAsNew EventBehaviourForContinueAsNew => inner.EventBehaviourForContinueAsNew;

    /// <inheritdoc />
    public int TaskActivityDispatcherCount => inner.TaskActivityDispatcherCount;

    /// <inheritdoc />
    public int MaxConcurrentTaskActivityWorkItems => inner.MaxConcurrentTaskActivityWorkItems;

    /// <inheritdoc />
    public async Task CompleteTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem, OrchestrationRuntimeState newOrchestrationRuntimeState,
        IList<TaskMessage> outboundMessages, IList<TaskMessage> orchestratorMessages, IList<TaskMessage> timerMessages, TaskMessage continuedAsNewMessage,
        OrchestrationState orchestrationState)
    {
        await inner.CompleteTaskOrchestrationWorkItemAsync(workItem, newOrchestrationRuntimeState, outboundMessages, orchestratorMessages, timerMessages,
            continuedAsNewMessage, orchestrationState).ConfigureAwait(false);
        // Written: a caller woken now reads the instance as ended.
        if (orchestrationState?.OrchestrationStatus is OrchestrationStatus.Completed or OrchestrationStatus.Failed or OrchestrationStatus.Terminated
            or OrchestrationStatus.Canceled)
        {
            completions.Complete(orchestrationState);
        }
    }

    /// <inheritdoc />
    public Task StartAsync() => inner.StartAsync();

    /// <inheritdoc />
    public Task StopAsync() => inner.StopAsync();

    /// <inheritdoc />
    public Task StopAsync(bool isForced) => inner.StopAsync(isForced);

    /// <inheritdoc />
    public Task CreateAsync() => inner.CreateAsync();

    /// <inheritdoc />
    public Task CreateAsync(bool recreateInstanceStore) => inner.CreateAsync(recreateInstanceStore);

    /// <inheritdoc />
    public Task CreateIfNotExistsAsync() => inner.CreateIfNotExistsAsync();

    /// <inheritdoc />
    public Task DeleteAsync() => inner.DeleteAsync();

    /// <inheritdoc />
    public Task DeleteAsync(bool deleteInstanceStore) => inner.DeleteAsync(deleteInstanceStore);

    /// <inheritdoc />
    public bool IsMaxMessageCountExceeded(int currentMessageCount, OrchestrationRuntimeState runtimeState) =>
        inner.IsMaxMessageCountExceeded(currentMessageCount, runtimeState);

    /// <inheritdoc />
    public int GetDelayInSecondsAfterOnProcessException(Exception exception)
    {
        var delay = inner.GetDelayInSecondsAfterOnProcessException(exception);
        _logger.LogError(exception, "A work item failed in the engine's dispatcher; it is abandoned for another try and the dispatcher backs off {Delay} s", delay);
        return delay;
    }

    /// <inheritdoc />
    public int GetDelayInSecondsAfterOnFetchException(Exception exception)
    {
        var delay = inner.GetDelayInSecondsAfterOnFetchException(exception);
        _logger.LogWarning(exception, "The engine's dispatcher could not fetch a work item; it backs off {Delay} s", delay);
        return delay;
    }

    /// <inheritdoc />
    public Task<TaskOrchestrationWorkItem> LockNextTaskOrchestrationWorkItemAsync(TimeSpan receiveTimeout, CancellationToken cancellationToken) =>
        inner.LockNextTaskOrchestrationWorkItemAsync(receiveTimeout, cancellationToken);

    /// <inheritdoc />
    public Task RenewTaskOrchestrationWorkItemLockAsync(TaskOrchestrationWorkItem workItem) => inner.RenewTaskOrchestrationWorkItemLockAsync(workItem);

    /// <inheritdoc />
    public Task AbandonTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem) => inner.AbandonTaskOrchestrationWorkItemAsync(workItem);

    /// <inheritdoc />
    public Task ReleaseTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem) => inner.ReleaseTaskOrchestrationWorkItemAsync(workItem);

    /// <inheritdoc />
    public async Task<TaskActivityWorkItem> LockNextTaskActivityWorkItem(TimeSpan receiveTimeout, CancellationToken cancellationToken) =>
        ActivitiesInHand.Taken(await inner.LockNextTaskActivityWorkItem(receiveTimeout, cancellationToken).ConfigureAwait(false))!;

    /// <inheritdoc />
    public Task<TaskActivityWorkItem> RenewTaskActivityWorkItemLockAsync(TaskActivityWorkItem workItem) => inner.RenewTaskActivityWorkItemLockAsync(workItem);

    /// <inheritdoc />
    public async Task CompleteTaskActivityWorkItemAsync(TaskActivityWorkItem workItem, TaskMessage responseMessage)
    {
        await inner.CompleteTaskActivityWorkItemAsync(workItem, responseMessage).ConfigureAwait(false);
        // Only once written: a failed completion is abandoned next, and released then.
        ActivitiesInHand.Released(workItem);
    }

    /// <inheritdoc />
    public async Task AbandonTaskActivityWorkItemAsync(TaskActivityWorkItem workItem)
    {
        try
        {
            await inner.AbandonTaskActivityWorkItemAsync(workItem).ConfigureAwait(false);
        }
        finally
        {
            ActivitiesInHand.Released(workItem);
        }
    }
}
