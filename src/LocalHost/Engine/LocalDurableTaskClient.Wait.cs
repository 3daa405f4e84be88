using Microsoft.DurableTask.Client;

namespace Aligners.LocalHost.Engine;

public sealed partial class LocalDurableTaskClient
{
    /// <inheritdoc />
    public override async Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false,
        CancellationToken cancellation = default)
    {
        var delay = TimeSpan.FromMilliseconds(10);
        while (true)
        {
            var metadata = await GetInstancesAsync(instanceId, getInputsAndOutputs, cancellation).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"No instance '{instanceId}'.");
            if (metadata.IsCompleted)
            {
                return metadata;
            }
            await Task.Delay(delay, cancellation).ConfigureAwait(false);
            delay = TimeSpan.FromMilliseconds(Math.Min(1000, delay.TotalMilliseconds * 2));
        }
    }
}
