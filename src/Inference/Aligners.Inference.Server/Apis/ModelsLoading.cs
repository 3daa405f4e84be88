using Aligners.Inference.Http;

namespace Aligners.Inference.Server.Apis;

/// <summary>The answer of every model route while the models load: 503 with a Retry-After.</summary>
internal static class ModelsLoading
{
    /// <summary>
    /// How long a client should wait before asking again while the models load, sent as Retry-After
    /// (the client's resilience handler honours it): loading takes a few seconds, and more on a busy
    /// machine, so a client retrying at its own short backoff would spend its retries before the
    /// server is ready.
    /// </summary>
    public const int RetryAfterSeconds = 2;

    /// <summary>The 503 problem naming the models.</summary>
    public static IResult Problem() =>
        Problems.Unavailable("Models are loading", "models", "the models are not loaded yet; retry shortly", RetryAfterSeconds);
}
