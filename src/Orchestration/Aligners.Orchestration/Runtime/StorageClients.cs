using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Aligners.Orchestration.Runtime;

/// <summary>The service clients for one storage account, created once from <see cref="StorageOptions"/>.</summary>
public sealed class StorageClients
{
    /// <summary>Connects with a connection string or with the account name and <c>DefaultAzureCredential</c>.</summary>
    public StorageClients(StorageOptions options)
    {
        Options = options;
        var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None };
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            Blobs = new BlobServiceClient(options.ConnectionString);
            Queues = new QueueServiceClient(options.ConnectionString, queueOptions);
            Tables = new TableServiceClient(options.ConnectionString);
        }
        else
        {
            TokenCredential credential = new DefaultAzureCredential();
            var account = options.AccountName;
            Blobs = new BlobServiceClient(new Uri($"https://{account}.blob.core.windows.net"), credential);
            Queues = new QueueServiceClient(new Uri($"https://{account}.queue.core.windows.net"), credential, queueOptions);
            Tables = new TableServiceClient(new Uri($"https://{account}.table.core.windows.net"), credential);
        }
    }

    /// <summary>The options the clients came from.</summary>
    public StorageOptions Options { get; }

    /// <summary>Blob service.</summary>
    public BlobServiceClient Blobs { get; }

    /// <summary>Queue service; messages are plain text (ids as JSON).</summary>
    public QueueServiceClient Queues { get; }

    /// <summary>Table service.</summary>
    public TableServiceClient Tables { get; }
}
