using Xunit;
using System.Diagnostics;

namespace Aligners.Testing;

/// <summary>
/// A real Azurite (blob, queue, table) on free loopback ports, in memory, for one test assembly.
/// Installed by <c>scripts/azurite.sh install</c> into <c>tools/azurite/node_modules</c>. Stopped by
/// pid with SIGKILL after a grace period, because Azurite may ignore SIGTERM once it has served requests.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private Process? _process;

    /// <summary>The account key every Azurite uses.</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>The connection string of this instance.</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>The Azurite executable.</summary>
    public static string Executable => Path.Combine(RepositoryPaths.Root, "tools", "azurite", "node_modules", ".bin", "azurite");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"Azurite is not installed at {Executable}; run: bash scripts/azurite.sh install");
        }
        int blob = FreePorts.Next(), queue = FreePorts.Next(), table = FreePorts.Next();
        var start = new ProcessStartInfo(Executable)
        {
            ArgumentList =
            {
                "--silent", "--inMemoryPersistence", "--skipApiVersionCheck", "--disableProductStyleUrl",
                "--blobHost", "127.0.0.1", "--blobPort", blob.ToString(),
                "--queueHost", "127.0.0.1", "--queuePort", queue.ToString(),
                "--tableHost", "127.0.0.1", "--tablePort", table.ToString(),
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        foreach (var port in new[] { blob, queue, table })
        {
            await FreePorts.WaitOpenAsync(port, TimeSpan.FromSeconds(30));
        }
        ConnectionString = ConnectionStringFor(blob, queue, table);
    }

    /// <summary>The connection string of an Azurite on the given ports.</summary>
    public static string ConnectionStringFor(int blob, int queue, int table) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{blob}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queue}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{table}/devstoreaccount1;";

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }
        try
        {
            Process.Start("kill", ["-TERM", _process.Id.ToString()])?.WaitForExit();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            await _process.WaitForExitAsync(grace.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    /// <summary>A short unique name for a test's containers, queues and tables.</summary>
    public static string UniqueName(string prefix) => prefix + Guid.NewGuid().ToString("N")[..12];
}
