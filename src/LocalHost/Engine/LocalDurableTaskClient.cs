using System.Globalization;
using DurableTask.Core;
using DurableTask.Core.Exceptions;
using DurableTask.Core.History;
using DurableTask.Core.Query;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Converters;
using Core = DurableTask.Core;
using PurgeResult = Microsoft.DurableTask.Client.PurgeResult;
using OrchestrationQuery = Microsoft.DurableTask.Client.OrchestrationQuery;

namespace Aligners.LocalHost.Engine;

/// <summary>
/// The Durable client of the local host, straight over DTFx's <see cref="IOrchestrationServiceClient"/>
/// (the Azure Storage backend the in-process worker runs on): what the <c>[DurableClient]</c>
/// parameter of a function receives. Payloads go through the SDK's data converter, so inputs,
/// outputs and events read back exactly as the workflows wrote them.
/// </summary>
public sealed partial class LocalDurableTaskClient : DurableTaskClient
{
    private static readonly Core.OrchestrationStatus[] RunningStatuses =
        [Core.OrchestrationStatus.Running, Core.OrchestrationStatus.Pending, Core.OrchestrationStatus.Suspended];

    private readonly IOrchestrationServiceClient _client;
    private readonly DataConverter _converter;
    private readonly InstanceCompletions? _completions;
    private readonly TimeSpan _firstPoll;

    /// <summary>
    /// A client over <paramref name="client"/>, which must also query and purge (the Azure Storage
    /// backend does); waits hear of the ends <paramref name="completions"/> reports, and otherwise read
    /// storage after <paramref name="firstPoll"/> (default 1 s), then less often.
    /// </summary>
    public LocalDurableTaskClient(IOrchestrationServiceClient client, InstanceCompletions? completions = null, TimeSpan? firstPoll = null,
        DataConverter? converter = null)
        : base("local")
    {
        _client = client;
        _completions = completions;
        _firstPoll = firstPoll ?? TimeSpan.FromSeconds(1);
        _converter = converter ?? JsonDataConverter.Default;
        if (client is not IOrchestrationServiceQueryClient || client is not IOrchestrationServicePurgeClient)
        {
            throw new ArgumentException($"{client.GetType().Name} cannot query or purge instances.", nameof(client));
        }
    }

    private IOrchestrationServiceQueryClient Queries => (IOrchestrationServiceQueryClient)_client;

    private IOrchestrationServicePurgeClient Purges => (IOrchestrationServicePurgeClient)_client;

    /// <inheritdoc />
    /// <remarks>
    /// With dedupe statuses, an instance in one of them makes the start throw
    /// <see cref="OrchestrationAlreadyExistsException"/>; a running instance whose status is not
    /// listed is terminated first, and replaced once it has ended.
    /// </remarks>
    public override async Task<string> ScheduleNewOrchestrationInstanceAsync(TaskName orchestratorName, object? input = null,
        StartOrchestrationOptions? options = null, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        var instanceId = options?.InstanceId ?? Guid.NewGuid().ToString("N");
        var instance = new OrchestrationInstance { InstanceId = instanceId, ExecutionId = Guid.NewGuid().ToString("N") };
        var tags = options?.Tags?.ToDictionary(t => t.Key, t => t.Value) ?? [];
        tags[OrchestrationTags.CreateTraceForNewOrchestration] = "true";
        tags[OrchestrationTags.RequestTime] = DateTimeOffset.UtcNow.ToString(CultureInfo.InvariantCulture);
        var message = new TaskMessage
        {
            OrchestrationInstance = instance,
            Event = new ExecutionStartedEvent(-1, _converter.Serialize(input))
            {
                Name = orchestratorName.Name,
                Version = options?.Version?.Version ?? string.Empty,
                OrchestrationInstance = instance,
                ScheduledStartTime = options?.StartAt?.UtcDateTime,
                Tags = tags,
            },
        };
        var dedupe = options?.DedupeStatuses is { Count: > 0 } statuses
            ? statuses.Select(s => Enum.TryParse<OrchestrationRuntimeStatus>(s, ignoreCase: true, out var status)
                ? ToCore(status)
                : throw new ArgumentException($"'{s}' is not an orchestration status.", nameof(options))).ToArray()
            : null;
        await ReplaceRunningAsync(instanceId, dedupe, cancellation).ConfigureAwait(false);
        await _client.CreateTaskOrchestrationAsync(message, dedupe).ConfigureAwait(false);
        return instanceId;
    }

    /// <summary>A running instance the start may replace is terminated and waited for; one the dedupe statuses protect stops the start.</summary>
    private async Task ReplaceRunningAsync(string instanceId, Core.OrchestrationStatus[]? dedupe, CancellationToken ct)
    {
        if (dedupe is not null && RunningStatuses.All(dedupe.Contains))
        {
            // Nothing running may be replaced: the backend's own dedupe check decides, in one request.
            return;
        }
        if (await GetInstancesAsync(instanceId, getInputsAndOutputs: false, ct).ConfigureAwait(false) is not { } existing)
        {
            return;
        }
        var status = ToCore(existing.RuntimeStatus);
        if (dedupe?.Contains(status) == true)
        {
            throw new OrchestrationAlreadyExistsException($"An orchestration with instance ID '{instanceId}' and status '{existing.RuntimeStatus}' already exists.");
        }
        if (RunningStatuses.Contains(status))
        {
            await TerminateInstanceAsync(instanceId, $"replaced by a new start of '{instanceId}'", ct).ConfigureAwait(false);
            await WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: false, ct).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public override Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        return SendAsync(instanceId, new EventRaisedEvent(-1, _converter.Serialize(eventPayload)) { Name = eventName }, cancellation);
    }

    /// <inheritdoc />
    public override Task TerminateInstanceAsync(string instanceId, TerminateInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        cancellation.ThrowIfCancellationRequested();
        return _client.ForceTerminateTaskOrchestrationAsync(instanceId, _converter.Serialize(options?.Output));
    }

    /// <inheritdoc />
    public override Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        SendAsync(instanceId, new ExecutionSuspendedEvent(-1, reason), cancellation);

    /// <inheritdoc />
    public override Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        SendAsync(instanceId, new ExecutionResumedEvent(-1, reason), cancellation);

    /// <inheritdoc />
    public override async Task<OrchestrationMetadata?> GetInstancesAsync(string instanceId, bool getInputsAndOutputs = false,
        CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        cancellation.ThrowIfCancellationRequested();
        var states = await _client.GetOrchestrationStateAsync(instanceId, allExecutions: false).ConfigureAwait(false);
        return states is { Count: > 0 } && states[0] is { } state ? ToMetadata(state, getInputsAndOutputs) : null;
    }

    /// <inheritdoc />
    public override AsyncPageable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? filter = null) =>
        Pageable.Create(async (continuation, pageSize, cancellation) =>
        {
            var query = new Core.Query.OrchestrationQuery
            {
                RuntimeStatus = filter?.Statuses?.Select(ToCore).ToList(),
                CreatedTimeFrom = filter?.CreatedFrom?.UtcDateTime,
                CreatedTimeTo = filter?.CreatedTo?.UtcDateTime,
                TaskHubNames = filter?.TaskHubNames?.ToList(),
                PageSize = pageSize ?? filter?.PageSize ?? OrchestrationQuery.DefaultPageSize,
                ContinuationToken = continuation ?? filter?.ContinuationToken,
                InstanceIdPrefix = filter?.InstanceIdPrefix,
                FetchInputsAndOutputs = filter?.FetchInputsAndOutputs ?? false,
            };
            var result = await Queries.GetOrchestrationWithQueryAsync(query, cancellation).ConfigureAwait(false);
            return new Page<OrchestrationMetadata>([.. result.OrchestrationState.Select(s => ToMetadata(s, query.FetchInputsAndOutputs))],
                result.ContinuationToken);
        });

    /// <inheritdoc />
    /// <remarks>Only an ended instance is purged; purging one that runs is refused, as the engine's own client refuses it.</remarks>
    public override async Task<PurgeResult> PurgeInstanceAsync(string instanceId, PurgeInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        if (await GetInstancesAsync(instanceId, getInputsAndOutputs: false, cancellation).ConfigureAwait(false) is not { } existing)
        {
            return new PurgeResult(0);
        }
        if (!existing.IsCompleted)
        {
            throw new InvalidOperationException($"Instance '{instanceId}' is {existing.RuntimeStatus}: only an ended instance can be purged.");
        }
        var result = await Purges.PurgeInstanceStateAsync(instanceId).ConfigureAwait(false);
        return new PurgeResult(result.DeletedInstanceCount);
    }

    /// <inheritdoc />
    public override async Task<PurgeResult> PurgeAllInstancesAsync(PurgeInstancesFilter filter, PurgeInstanceOptions? options = null,
        CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        var core = new PurgeInstanceFilter(filter.CreatedFrom?.UtcDateTime ?? DateTime.MinValue, filter.CreatedTo?.UtcDateTime, filter.Statuses?.Select(ToCore))
        {
            Timeout = filter.Timeout,
        };
        var result = await Purges.PurgeInstanceStateAsync(core).ConfigureAwait(false);
        return new PurgeResult(result.DeletedInstanceCount);
    }

    /// <inheritdoc />
    public override async Task<OrchestrationMetadata> WaitForInstanceStartAsync(string instanceId, bool getInputsAndOutputs = false,
        CancellationToken cancellation = default)
    {
        var delay = TimeSpan.FromMilliseconds(10);
        while (true)
        {
            var metadata = await GetInstancesAsync(instanceId, getInputsAndOutputs, cancellation).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"No instance '{instanceId}'.");
            if (metadata.RuntimeStatus != OrchestrationRuntimeStatus.Pending)
            {
                return metadata;
            }
            await Task.Delay(delay, cancellation).ConfigureAwait(false);
            delay = TimeSpan.FromMilliseconds(Math.Min(1000, delay.TotalMilliseconds * 2));
        }
    }

    /// <inheritdoc />
    public override ValueTask DisposeAsync() => default;

    private Task SendAsync(string instanceId, HistoryEvent e, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        ct.ThrowIfCancellationRequested();
        return _client.SendTaskOrchestrationMessageAsync(new TaskMessage { OrchestrationInstance = new OrchestrationInstance { InstanceId = instanceId }, Event = e });
    }

    private OrchestrationMetadata ToMetadata(OrchestrationState state, bool getInputsAndOutputs) => new(state.Name, state.OrchestrationInstance.InstanceId)
    {
        DataConverter = getInputsAndOutputs ? _converter : null,
        RuntimeStatus = FromCore(state.OrchestrationStatus),
        CreatedAt = state.CreatedTime,
        LastUpdatedAt = state.LastUpdatedTime,
        SerializedInput = getInputsAndOutputs ? state.Input : null,
        SerializedOutput = getInputsAndOutputs ? state.Output : null,
        SerializedCustomStatus = state.Status,
        FailureDetails = FromCore(state.FailureDetails),
    };

    private static TaskFailureDetails? FromCore(FailureDetails? f) =>
        f is null ? null : new TaskFailureDetails(f.ErrorType, f.ErrorMessage, f.StackTrace, FromCore(f.InnerFailure), f.Properties);

    // The SDK's statuses are DTFx's, number for number (the SDK converts them by cast too).
    private static OrchestrationRuntimeStatus FromCore(Core.OrchestrationStatus status) => (OrchestrationRuntimeStatus)(int)status;

    private static Core.OrchestrationStatus ToCore(OrchestrationRuntimeStatus status) => (Core.OrchestrationStatus)(int)status;
}
