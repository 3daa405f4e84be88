using Aligners.Inference.Client;

namespace Aligners.Inference.Server.Hosting;

/// <summary>
/// Loads the models after the server starts listening, so liveness answers during a slow load
/// and readiness turns true once the models are in. A load failure stops the server with the
/// manifest error in the log.
/// </summary>
internal sealed partial class ModelLoader(IServiceProvider services, IHostApplicationLifetime lifetime, ILogger<ModelLoader> logger)
    : BackgroundService
{
    private readonly TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Whether the models are loaded.</summary>
    public bool IsReady => _loaded.Task.IsCompletedSuccessfully;

    /// <summary>Completes when the models are loaded.</summary>
    public Task Loaded => _loaded.Task;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        try
        {
            var inference = services.GetRequiredService<LocalInference>();
            LogLoaded(logger, inference.Registry.Models.Count, inference.Registry.Directory);
            _loaded.TrySetResult();
        }
        catch (Exception e)
        {
            LogLoadFailed(logger, e.Message, e);
            _loaded.TrySetException(e);
            Environment.ExitCode = 1;
            lifetime.StopApplication();
        }
    }, stoppingToken);

    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Loaded {Count} models from {Directory}")]
    private static partial void LogLoaded(ILogger logger, int count, string directory);

    [LoggerMessage(EventId = 101, Level = LogLevel.Critical, Message = "Models failed to load: {Reason}")]
    private static partial void LogLoadFailed(ILogger logger, string reason, Exception exception);
}
