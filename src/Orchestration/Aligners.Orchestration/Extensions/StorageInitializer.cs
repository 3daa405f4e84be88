using Aligners.Orchestration.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Aligners.Orchestration.Extensions;

/// <summary>Creates the app's containers and queues at startup (the engine creates its own).</summary>
internal sealed class StorageInitializer(AppStorage storage, IOptions<QueueOptions> queues) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var q = queues.Value;
        foreach (var name in new[] { q.AlignRequests, q.AlignResults, q.BulkRequests })
        {
            await storage.Queues.GetQueueClient(name).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            await storage.Queues.GetQueueClient(QueueOptions.PoisonOf(name)).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
