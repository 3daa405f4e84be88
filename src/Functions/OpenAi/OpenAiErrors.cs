using Microsoft.AspNetCore.Http;

namespace Aligners.Functions.OpenAi;

/// <summary>Errors in OpenAI's shape (<c>{"error": {message, type, param, code}}</c>), which OpenAI clients parse.</summary>
internal static class OpenAiErrors
{
    public static IResult InvalidRequest(string message, string? param, int status = StatusCodes.Status400BadRequest) =>
        Error(status, message, "invalid_request_error", param, null);

    public static IResult Unavailable(string message) => Error(StatusCodes.Status503ServiceUnavailable, message, "server_error", null, "not_configured");

    public static IResult Failed(string instanceId, string message) => Error(StatusCodes.Status502BadGateway,
        $"the alignment of instance {instanceId} failed: {message}", "server_error", null, "alignment_failed");

    public static IResult TimedOut(string instanceId) => Error(StatusCodes.Status504GatewayTimeout,
        $"the alignment of instance {instanceId} is still running; GET /api/align/{instanceId} has it when it ends", "server_error", null, "timeout");

    /// <summary>The error object alone, for a stream's error event.</summary>
    public static object Body(string message, string type, string? code) => new { error = new { message, type, param = (string?)null, code } };

    private static IResult Error(int status, string message, string type, string? param, string? code) =>
        TypedResults.Json(new { error = new { message, type, param, code } }, statusCode: status);
}
