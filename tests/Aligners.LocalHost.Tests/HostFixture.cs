namespace Aligners.LocalHost.Tests;

/// <summary>
/// One local host process for the classes of <see cref="HostCollection"/> (or one class that
/// measures the process itself): the function app served over a real socket, on the shared
/// Azurite with storage names of its own. Tests that need other settings start their own process.
/// </summary>
public sealed class HostFixture : IAsyncLifetime
{
    public AzuriteFixture Azurite { get; } = new();

    public LocalHostProcess Host { get; private set; } = null!;

    public Dictionary<string, string?> Settings { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Azurite.InitializeAsync();
        Settings = HostSettings.Fresh(Azurite);
        Host = await LocalHostProcess.StartAsync(Settings);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}
