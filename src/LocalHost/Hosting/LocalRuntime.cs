namespace Aligners.LocalHost.Hosting;

/// <summary>
/// A running local host: the app (functions, the engine's worker, the client) and the local Azurite
/// under it when one was started. Disposed top down.
/// </summary>
public sealed class LocalRuntime(WebApplication app, LocalAzurite? azurite) : IAsyncDisposable
{
    /// <summary>The app.</summary>
    public WebApplication App { get; } = app;

    /// <summary>The app's services.</summary>
    public IServiceProvider Services => App.Services;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }
}
