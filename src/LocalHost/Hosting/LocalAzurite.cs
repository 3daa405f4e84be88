using Aligners.Orchestration.Storage;

namespace Aligners.LocalHost.Hosting;

/// <summary>
/// The project's local Azurite, for runs with no storage configured: started
/// (<see cref="AzuriteProcess"/>) on the ports of the <c>LocalStorage</c> section with its data in
/// <c>.local/azurite</c>, and stopped when the run ends. An Azurite already answering on those ports is reused.
/// </summary>
public sealed class LocalAzurite : IAsyncDisposable
{
    private readonly AzuriteProcess? _process;

    private LocalAzurite(AzuriteProcess? process)
    {
        _process = process;
    }

    /// <summary>
    /// A connection string the storage SDK cannot read fails every request deep inside the engine's
    /// start; it is the user's to fix, so it is said once, naming the setting.
    /// </summary>
    private static void RefuseMalformed(IConfiguration config)
    {
        if (AppStorage.ConnectionString(config) is not { } connection)
        {
            return;
        }
        try
        {
            _ = new Azure.Storage.Blobs.BlobServiceClient(connection);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            throw new LocalStorageUnavailableException($"AzureWebJobsStorage is not a storage connection string the Azure SDK can read ({e.Message.TrimEnd('.')}).");
        }
    }

    /// <summary>
    /// Starts (or reuses) the local Azurite when <c>AzureWebJobsStorage</c> is not configured, and
    /// points <c>AzureWebJobsStorage</c> at it; otherwise does nothing.
    /// </summary>
    public static async Task<LocalAzurite?> StartIfNeededAsync(IConfiguration config, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(config["AzureWebJobsStorage"]) || config.GetSection("AzureWebJobsStorage").GetChildren().Any())
        {
            RefuseMalformed(config);
            return null;
        }
        var blob = int.Parse(config["LocalStorage:BlobPort"] ?? "10100");
        var queue = int.Parse(config["LocalStorage:QueuePort"] ?? "10101");
        var table = int.Parse(config["LocalStorage:TablePort"] ?? "10102");
        config["AzureWebJobsStorage"] = AzuriteProcess.ConnectionStringFor(blob, queue, table);
        if (AzuriteProcess.IsOpen(blob) && AzuriteProcess.IsOpen(queue) && AzuriteProcess.IsOpen(table))
        {
            Console.Error.WriteLine($"Using the local Azurite already running on ports {blob}, {queue}, {table}.");
            return new LocalAzurite(null);
        }
        var root = RepositoryRoot() ?? throw new LocalStorageUnavailableException(
            "No storage is configured (AzureWebJobsStorage) and the project's local Azurite cannot be found: run from the repository.");
        var executable = AzuriteProcess.Executable(root);
        if (!File.Exists(executable))
        {
            throw new LocalStorageUnavailableException($"Azurite is not installed ({executable}): run `bash scripts/azurite.sh install`, or set AzureWebJobsStorage.");
        }
        var data = Path.GetFullPath(Path.Combine(root, config["LocalStorage:DataDirectory"] ?? ".local/azurite"));
        Directory.CreateDirectory(data);
        AzuriteProcess process;
        try
        {
            process = await AzuriteProcess.StartAsync(root, blob, queue, table, data, TimeSpan.FromSeconds(60), ct);
        }
        catch (InvalidOperationException e)
        {
            throw new LocalStorageUnavailableException(e.Message);
        }
        Console.Error.WriteLine($"Started local Azurite on ports {blob}, {queue}, {table} with data in {data}.");
        return new LocalAzurite(process);
    }

    /// <summary>The repository root, searched upwards from the working directory and from the binaries.</summary>
    public static string? RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Aligners.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        return null;
    }

    /// <summary>Stops an Azurite this instance started.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }
    }
}
