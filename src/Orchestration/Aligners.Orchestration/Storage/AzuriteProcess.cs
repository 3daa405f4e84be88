using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Aligners.Orchestration.Storage;

/// <summary>
/// An Azurite (blob, queue, table) started from the project's install (<c>scripts/azurite.sh
/// install</c> puts it in <c>tools/azurite</c>) on loopback ports, with its data in a folder: the
/// caller's, or a fresh temporary one that is removed when it stops. Stopped by pid with SIGTERM, then SIGKILL after a grace period, because Azurite may
/// ignore SIGTERM once it has served requests. The local host's own storage and the tests' and
/// benchmarks' throwaway storage both start it here: this is the lowest project they share.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    /// <summary>The account key every Azurite uses.</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process _process;
    private readonly string? _scratch;

    private AzuriteProcess(Process process, string connectionString, string dataDirectory, string? scratch)
    {
        _process = process;
        ConnectionString = connectionString;
        DataDirectory = dataDirectory;
        _scratch = scratch;
    }

    /// <summary>The connection string of this Azurite.</summary>
    public string ConnectionString { get; }

    /// <summary>The folder its data is in.</summary>
    public string DataDirectory { get; }

    /// <summary>The Azurite executable of the repository at <paramref name="repositoryRoot"/>.</summary>
    public static string Executable(string repositoryRoot) => Path.Combine(repositoryRoot, "tools", "azurite", "node_modules", ".bin", "azurite");

    /// <summary>The connection string of an Azurite on the given ports.</summary>
    public static string ConnectionStringFor(int blob, int queue, int table) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{blob}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queue}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{table}/devstoreaccount1;";

    /// <summary>
    /// Starts Azurite on <paramref name="blob"/>, <paramref name="queue"/> and <paramref name="table"/>
    /// with its data in <paramref name="dataDirectory"/> (when null, in a fresh temporary folder
    /// removed when it stops), and waits until all three answer.
    /// </summary>
    /// <remarks>
    /// Never Azurite's <c>--inMemoryPersistence</c>: in memory every queue message is an extent of its
    /// own, and Azurite's queue garbage collector, which runs 60 s after its last run ended, walks and
    /// deletes them all on Node's one thread. Under the engine's traffic that froze every service of
    /// the Azurite for 9 to 40 s a minute, growing as the run went on, and each instance caught in it
    /// waited that long. On disk the messages share a few extent files and the sweep is short.
    /// A temporary folder is made in memory-backed <c>/dev/shm</c> where the system has one: Azurite
    /// appends queue messages one at a time and flushes each to disk (<c>fdatasync</c>) before it
    /// answers, so on a disk every message the engine sends waits its turn for a flush; a tmpfs
    /// flush costs nothing, and throwaway data needs no durability.
    /// </remarks>
    /// <exception cref="InvalidOperationException">Azurite is not installed, or did not come up within <paramref name="timeout"/>.</exception>
    public static async Task<AzuriteProcess> StartAsync(string repositoryRoot, int blob, int queue, int table, string? dataDirectory, TimeSpan timeout,
        CancellationToken ct)
    {
        var executable = Executable(repositoryRoot);
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Azurite is not installed ({executable}): run `bash scripts/azurite.sh install`.");
        }
        // No --debug log: it grows by about 700 KB an alignment and is never trimmed.
        // In a session of its own where setsid exists: a terminal's Ctrl-C goes to the whole foreground
        // process group, and Azurite must outlive the app it serves, which stops it after itself.
        var scratch = dataDirectory is null ? CreateScratch() : null;
        var start = new ProcessStartInfo(File.Exists(Setsid) ? Setsid : executable)
        {
            UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        if (File.Exists(Setsid))
        {
            start.ArgumentList.Add(executable);
        }
        foreach (var argument in (string[])["--silent", "--skipApiVersionCheck",
            "--location", dataDirectory ?? scratch!, .. scratch is null ? Array.Empty<string>() : ["--disableProductStyleUrl"],
            "--blobHost", "127.0.0.1", "--blobPort", blob.ToString(), "--queueHost", "127.0.0.1", "--queuePort", queue.ToString(),
            "--tableHost", "127.0.0.1", "--tablePort", table.ToString()])
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start");
        // Its last words say why it stopped (for example "listen EADDRINUSE: address already in use").
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) =>
        {
            if (!string.IsNullOrWhiteSpace(line.Data) && errors.Count < 20)
            {
                errors.Enqueue(line.Data.Trim());
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow + timeout;
        while (!(IsOpen(blob) && IsOpen(queue) && IsOpen(table)))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                // An Azurite that is up but never answered would outlive the failed start.
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }
                else
                {
                    process.WaitForExit();
                }
                process.Dispose();
                DeleteScratch(scratch);
                var said = errors.IsEmpty ? "is a port taken?" : string.Join(" ", errors);
                throw new InvalidOperationException($"Azurite did not come up on ports {blob}, {queue}, {table} ({said})");
            }
            await Task.Delay(100, ct);
        }
        return new AzuriteProcess(process, ConnectionStringFor(blob, queue, table), dataDirectory ?? scratch!, scratch);
    }

    /// <summary>Where temporary data folders are made: memory-backed <c>/dev/shm</c> where it can be written, else the system's temp folder.</summary>
    public static string ScratchRoot { get; } = IsWritableDirectory("/dev/shm") ? "/dev/shm" : Path.GetTempPath();

    private const string ScratchPrefix = "aligners-azurite-";

    /// <summary>
    /// A fresh folder named for this process, after removing the folders of processes that have
    /// ended: one whose owner was killed, or could not stop Azurite in time at exit, would
    /// otherwise stay, in memory where the root is <c>/dev/shm</c>.
    /// </summary>
    private static string CreateScratch()
    {
        foreach (var stale in Directory.EnumerateDirectories(ScratchRoot, ScratchPrefix + "*"))
        {
            var owner = Path.GetFileName(stale)[ScratchPrefix.Length..].Split('-')[0];
            if (int.TryParse(owner, out var pid) && pid != Environment.ProcessId && !IsRunning(pid))
            {
                DeleteScratch(stale);
            }
        }
        return Directory.CreateDirectory(Path.Combine(ScratchRoot, $"{ScratchPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}")).FullName;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool IsWritableDirectory(string path)
    {
        try
        {
            if (!Directory.Exists(path))
            {
                return false;
            }
            var probe = Path.Combine(path, $"{ScratchPrefix}probe-{Guid.NewGuid():N}");
            Directory.CreateDirectory(probe);
            Directory.Delete(probe);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Removes a temporary data folder; one still held open is left to the system's temp cleaning.</summary>
    private static void DeleteScratch(string? scratch)
    {
        try
        {
            if (scratch is not null)
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    private const string Setsid = "/usr/bin/setsid";

    /// <summary>Whether something accepts connections on loopback <paramref name="port"/>.</summary>
    public static bool IsOpen(int port)
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

    /// <summary>Stops the process: SIGTERM, and SIGKILL when it has not ended after 3 seconds; then removes its temporary data.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_process.HasExited)
        {
            _process.Dispose();
            DeleteScratch(_scratch);
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
        DeleteScratch(_scratch);
    }
}
