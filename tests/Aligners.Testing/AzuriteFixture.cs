using Aligners.Orchestration.Storage;
using Xunit;

namespace Aligners.Testing;

/// <summary>
/// A real Azurite (blob, queue, table) on free loopback ports, its data in a temporary folder: the launcher the local host
/// starts its own with (<see cref="AzuriteProcess"/>), so tests run the storage the app runs on.
/// One Azurite serves the whole test assembly: every fixture is a handle on it, started by the
/// first and stopped when the test process exits. Tests keep apart by name (their own task hub,
/// containers and queues: <see cref="HostSettings.Fresh"/>, <see cref="UniqueName"/>), never by
/// having storage of their own.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static AzuriteProcess? _shared;

    /// <summary>The connection string of the shared instance.</summary>
    public string ConnectionString => _shared?.ConnectionString ?? "";

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_shared is null)
            {
                // Started once per assembly, so waiting long costs little, and a loaded machine (node
                // takes over 30 s to come up there) fails no tests for it.
                _shared = await AzuriteProcess.StartAsync(RepositoryPaths.Root, FreePorts.Next(), FreePorts.Next(), FreePorts.Next(), dataDirectory: null,
                    TimeSpan.FromMinutes(2), default);
                // Stopped with the test process, so no Azurite outlives the run.
                AppDomain.CurrentDomain.ProcessExit += (_, _) => _shared.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(10));
            }
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Leaves the shared instance running for the assembly's other tests.</summary>
    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A short unique name for a test's containers, queues and tables.</summary>
    public static string UniqueName(string prefix) => prefix + Guid.NewGuid().ToString("N")[..12];
}
