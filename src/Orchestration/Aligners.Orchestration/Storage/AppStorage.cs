using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace Aligners.Orchestration.Storage;

/// <summary>
/// The service clients of the app's storage account, read the way the Functions host reads
/// <c>AzureWebJobsStorage</c>: a connection string, or (managed identity) a section with
/// <c>accountName</c> or <c>blobServiceUri</c>/<c>queueServiceUri</c>/<c>tableServiceUri</c>.
/// </summary>
public sealed class AppStorage
{
    /// <summary>The connection's configuration key.</summary>
    public const string ConnectionName = "AzureWebJobsStorage";

    /// <summary>Connects from configuration.</summary>
    /// <exception cref="InvalidOperationException">No storage is configured.</exception>
    public AppStorage(IConfiguration configuration, StorageOptions options)
    {
        Options = options;
        var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None };
        var section = configuration.GetSection(ConnectionName);
        if (ConnectionString(configuration) is { } connection)
        {
            Blobs = new BlobServiceClient(connection);
            Queues = new QueueServiceClient(connection, queueOptions);
            Tables = new TableServiceClient(connection);
            return;
        }
        var account = section["accountName"];
        var blobUri = section["blobServiceUri"] ?? (account is null ? null : $"https://{account}.blob.core.windows.net");
        var queueUri = section["queueServiceUri"] ?? (account is null ? null : $"https://{account}.queue.core.windows.net");
        var tableUri = section["tableServiceUri"] ?? (account is null ? null : $"https://{account}.table.core.windows.net");
        if (blobUri is null || queueUri is null || tableUri is null)
        {
            throw new InvalidOperationException(
                $"No storage is configured: set {ConnectionName} to a connection string, or {ConnectionName}__accountName for managed identity.");
        }
        TokenCredential credential = section["clientId"] is { } clientId
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new DefaultAzureCredential();
        Blobs = new BlobServiceClient(new Uri(blobUri), credential);
        Queues = new QueueServiceClient(new Uri(queueUri), credential, queueOptions);
        Tables = new TableServiceClient(new Uri(tableUri), credential);
    }

    /// <summary>The container names.</summary>
    public StorageOptions Options { get; }

    /// <summary>Blob service.</summary>
    public BlobServiceClient Blobs { get; }

    /// <summary>Queue service; messages are plain text, as host.json's <c>messageEncoding: none</c> says.</summary>
    public QueueServiceClient Queues { get; }

    /// <summary>Table service.</summary>
    public TableServiceClient Tables { get; }

    /// <summary>The review queue's table.</summary>
    public TableClient Reviews => Tables.GetTableClient(Options.ReviewsTable);

    /// <summary>The audit container.</summary>
    public BlobContainerClient Audit => Blobs.GetBlobContainerClient(Options.AuditContainer);

    /// <summary>The bulk inputs container.</summary>
    public BlobContainerClient Inputs => Blobs.GetBlobContainerClient(Options.InputsContainer);

    /// <summary>The results container.</summary>
    public BlobContainerClient Results => Blobs.GetBlobContainerClient(Options.ResultsContainer);

    /// <summary>The connection string, when the connection is one (<c>UseDevelopmentStorage=true</c> included).</summary>
    public static string? ConnectionString(IConfiguration configuration) =>
        configuration[ConnectionName] is { Length: > 0 } value ? value : null;

    /// <summary>Creates the app's containers when missing.</summary>
    public async Task EnsureCreatedAsync(CancellationToken ct)
    {
        foreach (var container in new[] { Audit, Inputs, Results })
        {
            await container.CreateIfNotExistsAsync(cancellationToken: ct).ConfigureAwait(false);
        }
        await Reviews.CreateIfNotExistsAsync(ct).ConfigureAwait(false);
    }
}
