using Aligners.LocalHost.Engine;

namespace Aligners.LocalHost.Hosting;

/// <summary>
/// A running local host: the app (functions, worker, client), the engine under it, and the local
/// Azurite under both when one was started. Disposed top down.
/// </summary>
public sealed class LocalRuntime(WebApplication app, DurableEngine? engine, LocalAzurite? azurite) : IAsyncDisposable
{
    /// <summary>The app.</summary>
    public WebApplication App { get; } = app;

    /// <summary>The sidecar engine, when the app runs on it rather than on the in-process worker.</summary>
    public DurableEngine? Engine { get; } = engine;

    /// <summary>The app's services.</summary>
    public IServiceProvider Services => App.Services;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        if (Engine is not null)
        {
            await Engine.DisposeAsync();
        }
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }
}
