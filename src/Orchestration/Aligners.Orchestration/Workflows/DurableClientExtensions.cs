using System.Security.Cryptography;
using System.Text;
using DurableTask.Core.Exceptions;
using Grpc.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Aligners.Orchestration.Workflows;

/// <summary>What a start did: the instance, and whether this call created it.</summary>
public sealed record StartedInstance(string InstanceId, bool Created);

/// <summary>The client-side steps every entry point shares: idempotent starts and a bounded, polled wait.</summary>
public static class DurableClientExtensions
{
    /// <summary>Statuses that make a start with an existing id a no-op rather than a restart.</summary>
    private static readonly OrchestrationRuntimeStatus[] AnyStatus = [.. StartOrchestrationOptionsExtensions.ValidDedupeStatuses];

    /// <summary>The instance id an idempotency key maps to (32 hex digits, like a generated id).</summary>
    public static string InstanceIdFromKey(string scope, string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"aligners/{scope}/{key}")))[..32];

    /// <summary>
    /// Starts <paramref name="orchestrator"/> as <paramref name="instanceId"/> unless an instance
    /// with that id exists in any state; then nothing runs again and the existing one is returned.
    /// <paramref name="mayExist"/> false (a freshly generated id) skips the look-up before the start.
    /// </summary>
    public static async Task<StartedInstance> StartOnceAsync(this DurableTaskClient client, string orchestrator, object input, string instanceId,
        CancellationToken ct, bool mayExist = true)
    {
        if (mayExist && await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, ct).ConfigureAwait(false) is not null)
        {
            return new StartedInstance(instanceId, Created: false);
        }
        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(orchestrator, input,
                new StartOrchestrationOptions(instanceId).WithDedupeStatuses(AnyStatus), ct).ConfigureAwait(false);
            Telemetry.AlignersTelemetry.InstancesStarted.Add(1, new KeyValuePair<string, object?>("orchestrator", orchestrator));
            return new StartedInstance(instanceId, Created: true);
        }
        catch (Exception e) when (e is OrchestrationAlreadyExistsException || e is RpcException { StatusCode: StatusCode.AlreadyExists }
            || e.InnerException is OrchestrationAlreadyExistsException)
        {
            // A concurrent start with the same key won the race.
            return new StartedInstance(instanceId, Created: false);
        }
    }

    /// <summary>
    /// Why an instance failed or was terminated: the engine's failure details, or (where the
    /// backend keeps only the output) the message stored as its output.
    /// </summary>
    public static string? ErrorOf(this OrchestrationMetadata metadata)
    {
        if (metadata.FailureDetails is { } failure)
        {
            return failure.ErrorMessage;
        }
        if (metadata.RuntimeStatus is not (OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated) || metadata.SerializedOutput is not { } output)
        {
            return null;
        }
        try
        {
            return System.Text.Json.JsonSerializer.Deserialize<string>(output);
        }
        catch (System.Text.Json.JsonException)
        {
            return output;
        }
    }

    /// <summary>
    /// Waits until the instance ends or <paramref name="budget"/> passes; returns its metadata
    /// with inputs and outputs (null when it does not exist); <see cref="Timeout.InfiniteTimeSpan"/> waits for the end.
    /// A client that hears of the end in-process (<see cref="IInstanceWaiter"/>) is asked; any other is polled,
    /// rather than using its wait, because the Azure Storage backend answers a wait only on its own 2-second cycle.
    /// </summary>
    public static async Task<OrchestrationMetadata?> WaitWithinAsync(this DurableTaskClient client, string instanceId, TimeSpan budget,
        TimeSpan pollInterval, CancellationToken ct)
    {
        if (client is IInstanceWaiter waiter)
        {
            return await waiter.WaitWithinAsync(instanceId, budget, ct).ConfigureAwait(false);
        }
        var deadline = budget == Timeout.InfiniteTimeSpan ? DateTime.MaxValue : DateTime.UtcNow + budget;
        var delay = TimeSpan.FromMilliseconds(Math.Min(5, pollInterval.TotalMilliseconds));
        while (true)
        {
            var metadata = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, ct).ConfigureAwait(false);
            if (metadata is null || metadata.IsCompleted || (deadline != DateTime.MaxValue && DateTime.UtcNow + delay >= deadline))
            {
                return await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, ct).ConfigureAwait(false);
            }
            await Task.Delay(delay, ct).ConfigureAwait(false);
            delay = TimeSpan.FromMilliseconds(Math.Min(pollInterval.TotalMilliseconds, delay.TotalMilliseconds * 2));
        }
    }
}
