using Microsoft.Extensions.Hosting;

namespace Aligners.Orchestration.Runtime;

/// <summary>Creates the containers, queues and table the pipeline uses, once at startup (idempotent).</summary>
public sealed class StorageInitializer(StorageClients clients, WorkQueue queue) : IHostedService
{
    /// <summary>Extra containers to create (the host adds its own).</summary>
    public static IEnumerable<string> Containers(StorageOptions o) => [o.JournalContainer, o.InputsContainer, o.ResultsContainer];

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var o = clients.Options;
        foreach (var name in Containers(o))
        {
            await clients.Blobs.GetBlobContainerClient(name).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        await clients.Tables.GetTableClient(o.InstancesTable).CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        await queue.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
