using Aligners.Orchestration.Storage;
using Xunit;

namespace Aligners.Testing;

/// <summary>
/// A real Azurite (blob, queue, table) on free loopback ports, in memory, for one test class or
/// collection: the launcher the local host starts its own with (<see cref="AzuriteProcess"/>), so tests run the
/// storage the app runs on.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteProcess? _azurite;

    /// <summary>The connection string of this instance.</summary>
    public string ConnectionString => _azurite?.ConnectionString ?? "";

    /// <inheritdoc />
    public async Task InitializeAsync() =>
        _azurite = await AzuriteProcess.StartAsync(RepositoryPaths.Root, FreePorts.Next(), FreePorts.Next(), FreePorts.Next(), dataDirectory: null,
            TimeSpan.FromSeconds(30), default);

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }

    /// <summary>A short unique name for a test's containers, queues and tables.</summary>
    public static string UniqueName(string prefix) => prefix + Guid.NewGuid().ToString("N")[..12];
}
