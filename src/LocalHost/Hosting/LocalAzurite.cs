using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Aligners.LocalHost.Hosting;

/// <summary>
/// The project's local Azurite, for runs with no storage configured: installed by
/// <c>scripts/azurite.sh install</c> into <c>tools/azurite</c>, started on the ports of the
/// <c>LocalStorage</c> section with its data in <c>.local/azurite</c>, and stopped (SIGTERM, then
/// SIGKILL after a grace period) when the run ends. An Azurite already answering on those ports is reused.
/// </summary>
public sealed class LocalAzurite : IAsyncDisposable
{
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly Process? _process;

    private LocalAzurite(Process? process)
    {
        _process = process;
    }

    /// <summary>
    /// Starts (or reuses) the local Azurite when <c>AzureWebJobsStorage</c> is not configured, and
    /// points <c>AzureWebJobsStorage</c> at it; otherwise does nothing.
    /// </summary>
    public static async Task<LocalAzurite?> StartIfNeededAsync(IConfiguration config, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(config["AzureWebJobsStorage"]) || config.GetSection("AzureWebJobsStorage").GetChildren().Any())
        {
            return null;
        }
        var blob = int.Parse(config["LocalStorage:BlobPort"] ?? "10100");
        var queue = int.Parse(config["LocalStorage:QueuePort"] ?? "10101");
        var table = int.Parse(config["LocalStorage:TablePort"] ?? "10102");
        var connection = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Key};" +
            $"BlobEndpoint=http://127.0.0.1:{blob}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queue}/devstoreaccount1;" +
            $"TableEndpoint=http://127.0.0.1:{table}/devstoreaccount1;";
        config["AzureWebJobsStorage"] = connection;
        if (IsOpen(blob) && IsOpen(queue) && IsOpen(table))
        {
            Console.Error.WriteLine($"Using the local Azurite already running on ports {blob}, {queue}, {table}.");
            return new LocalAzurite(null);
        }
        var root = RepositoryRoot() ?? throw new LocalStorageUnavailableException(
            "No storage is configured (AzureWebJobsStorage) and the project's local Azurite cannot be found: run from the repository.");
        var executable = Path.Combine(root, "tools", "azurite", "node_modules", ".bin", "azurite");
        if (!File.Exists(executable))
        {
            throw new LocalStorageUnavailableException($"Azurite is not installed ({executable}): run `bash scripts/azurite.sh install`, or set AzureWebJobsStorage.");
        }
        var data = Path.GetFullPath(Path.Combine(root, config["LocalStorage:DataDirectory"] ?? ".local/azurite"));
        Directory.CreateDirectory(data);
        var start = new ProcessStartInfo(executable)
        {
            ArgumentList =
            {
                // No --debug log: it grows by about 700 KB an alignment and is never trimmed.
                "--silent", "--skipApiVersionCheck", "--location", data,
                "--blobHost", "127.0.0.1", "--blobPort", blob.ToString(), "--queueHost", "127.0.0.1", "--queuePort", queue.ToString(),
                "--tableHost", "127.0.0.1", "--tablePort", table.ToString(),
            },
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new LocalStorageUnavailableException("Azurite did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!(IsOpen(blob) && IsOpen(queue) && IsOpen(table)))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                // An Azurite that is up but never answered would outlive the failed command.
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }
                process.Dispose();
                throw new LocalStorageUnavailableException($"Azurite did not come up on ports {blob}, {queue}, {table} (is a port taken?)");
            }
            await Task.Delay(100, ct);
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

    private static bool IsOpen(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Stops an Azurite this instance started.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }
        using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString()]))
        {
            await term!.WaitForExitAsync();
        }
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        try
        {
            await _process.WaitForExitAsync(grace.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
