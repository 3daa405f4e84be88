using Aligners.Testing;

namespace Aligners.LocalHost.Tests;

/// <summary>
/// One Azurite and one local host process for a test class: the function app served over a real
/// socket, on storage of its own. Tests that need other settings start their own process.
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
