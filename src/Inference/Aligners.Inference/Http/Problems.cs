using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Aligners.Inference.Http;

/// <summary>
/// The <c>application/problem+json</c> answers of every HTTP surface (the function app, the local
/// host's own routes, the inference server): a status, a title, the detail, and the field at fault
/// as the <c>field</c> extension, so a client learns what to fix from any of them the same way.
/// </summary>
public static class Problems
{
    /// <summary>400: the request is malformed or breaks a rule.</summary>
    public static IResult Invalid(string field, string detail) => Problem(StatusCodes.Status400BadRequest, "Invalid request", field, detail);

    /// <summary>401: no credential, or one that does not open the route.</summary>
    public static IResult Unauthorized(string field, string detail) => Problem(StatusCodes.Status401Unauthorized, "Unauthorized", field, detail);

    /// <summary>403: the caller is known but may not do this.</summary>
    public static IResult Forbidden(string field, string detail) => Problem(StatusCodes.Status403Forbidden, "Forbidden", field, detail);

    /// <summary>404: nothing of that name (or nothing the caller may see).</summary>
    public static IResult NotFound(string field, string detail) => Problem(StatusCodes.Status404NotFound, "Not found", field, detail);

    /// <summary>409: the request disagrees with the state of what it names.</summary>
    public static IResult Conflict(string field, string detail) => Problem(StatusCodes.Status409Conflict, "Conflict", field, detail);

    /// <summary>413: the body, or a part of it, exceeds a limit.</summary>
    public static IResult TooLarge(string field, string detail) => Problem(StatusCodes.Status413PayloadTooLarge, "Request too large", field, detail);

    /// <summary>415: a body of a media type the route does not read.</summary>
    public static IResult UnsupportedMediaType(string detail) => Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Content-Type", detail);

    /// <summary>502: the instance <paramref name="instanceId"/> was started and failed; the answer names it.</summary>
    public static IResult Failed(string instanceId, string detail) => TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status502BadGateway,
        title: "Alignment failed", extensions: new Dictionary<string, object?> { ["instanceId"] = instanceId });

    /// <summary>503 with a Retry-After of <paramref name="retryAfterSeconds"/>: the service will answer once it is ready.</summary>
    public static IResult Unavailable(string title, string field, string detail, int retryAfterSeconds) =>
        new WithRetryAfter(Problem(StatusCodes.Status503ServiceUnavailable, title, field, detail), retryAfterSeconds);

    private static IResult Problem(int status, string title, string field, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, extensions: new Dictionary<string, object?> { ["field"] = field });

    /// <summary>A result with a Retry-After header in front of it.</summary>
    private sealed class WithRetryAfter(IResult inner, int seconds) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return inner.ExecuteAsync(httpContext);
        }
    }
}
