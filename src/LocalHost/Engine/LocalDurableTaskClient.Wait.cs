using Aligners.Orchestration.Workflows;
using Microsoft.DurableTask.Client;

namespace Aligners.LocalHost.Engine;

public sealed partial class LocalDurableTaskClient : IInstanceWaiter
{
    /// <summary>The longest wait between storage reads for an instance another host runs.</summary>
    private static readonly TimeSpan LongestPoll = TimeSpan.FromSeconds(4);

    /// <inheritdoc />
    public override async Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false,
        CancellationToken cancellation = default) =>
        await WaitWithinAsync(instanceId, Timeout.InfiniteTimeSpan, cancellation).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"No instance '{instanceId}'.");

    /// <inheritdoc />
    /// <remarks>
    /// An instance this process's engine runs ends with a signal carrying its written state: one
    /// read of storage at the start, none after. Storage is read again, every second and then less
    /// often, only in case another host runs the instance.
    /// </remarks>
    public async Task<OrchestrationMetadata?> WaitWithinAsync(string instanceId, TimeSpan budget, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        using var registration = _completions?.Register(instanceId);
        var deadline = budget == Timeout.InfiniteTimeSpan ? DateTime.MaxValue : DateTime.UtcNow + budget;
        var poll = _firstPoll;
        while (true)
        {
            var metadata = await GetInstancesAsync(instanceId, getInputsAndOutputs: true, ct).ConfigureAwait(false);
            if (metadata is null || metadata.IsCompleted)
            {
                return metadata;
            }
            var left = deadline == DateTime.MaxValue ? poll : deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                return metadata;
            }
            var delay = Task.Delay(left < poll ? left : poll, ct);
            if (registration is not null && await Task.WhenAny(registration.Ended, delay).ConfigureAwait(false) == registration.Ended)
            {
                return ToMetadata(await registration.Ended.ConfigureAwait(false), getInputsAndOutputs: true);
            }
            await delay.ConfigureAwait(false);
            poll = TimeSpan.FromTicks(Math.Min(poll.Ticks * 2, Math.Max(LongestPoll.Ticks, _firstPoll.Ticks)));
        }
    }
}
