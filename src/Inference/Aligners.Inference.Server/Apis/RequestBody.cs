using System.Text.Json;
using Aligners.Inference.Client;

namespace Aligners.Inference.Server.Apis;

/// <summary>
/// Reads a JSON request body within a size limit, turning every failure into a problem answer
/// (400 for malformed JSON with the position of the error, 413 for an oversized body).
/// </summary>
internal static class RequestBody
{
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, long maxBytes, CancellationToken ct)
        where T : class
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, Problems.TooLarge("body", $"the body is {request.ContentLength} bytes; the limit is {maxBytes}"));
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, Problems.TooLarge("body", $"the body exceeds the limit of {maxBytes} bytes"));
            }
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0)
        {
            return (null, Problems.Invalid("body", "the request body is empty; send a JSON object"));
        }
        try
        {
            buffer.Position = 0;
            var value = await JsonSerializer.DeserializeAsync<T>(buffer, InferenceJson.Options, ct);
            return value is null ? (null, Problems.Invalid("body", "the body is JSON null; send a JSON object")) : (value, null);
        }
        catch (JsonException e)
        {
            var where = e.Path is null ? "body" : e.Path;
            return (null, Problems.Invalid(where, $"malformed JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine}: {e.Message}"));
        }
    }
}

/// <summary><c>application/problem+json</c> answers that name the field at fault.</summary>
internal static class Problems
{
    public static IResult Invalid(string field, string detail) => Problem(StatusCodes.Status400BadRequest, "Invalid request", field, detail);

    public static IResult TooLarge(string field, string detail) => Problem(StatusCodes.Status413PayloadTooLarge, "Request too large", field, detail);

    /// <summary>
    /// How long a client should wait before asking again while the models load, sent as Retry-After
    /// (the client's resilience handler honours it): loading takes a few seconds, and more on a busy
    /// machine, so a client retrying at its own short backoff would spend its retries before the
    /// server is ready.
    /// </summary>
    public const int LoadingRetryAfterSeconds = 2;

    public static IResult NotReady() => new WithRetryAfter(
        Problem(StatusCodes.Status503ServiceUnavailable, "Models are loading", "models", "the models are not loaded yet; retry shortly"),
        LoadingRetryAfterSeconds);

    /// <summary>A result with a Retry-After header in front of it.</summary>
    internal sealed class WithRetryAfter(IResult inner, int seconds) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return inner.ExecuteAsync(httpContext);
        }
    }

    private static IResult Problem(int status, string title, string field, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title,
            extensions: new Dictionary<string, object?> { ["field"] = field });
}
