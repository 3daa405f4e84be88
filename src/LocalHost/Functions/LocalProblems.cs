namespace Aligners.LocalHost.Functions;

/// <summary>The problem answers the local host gives on its own (before a function runs).</summary>
internal static class LocalProblems
{
    public static IResult Unauthorized(string detail) => Results.Problem(detail: detail, statusCode: StatusCodes.Status401Unauthorized,
        title: "Unauthorized", extensions: new Dictionary<string, object?> { ["field"] = "x-functions-key" });

    public static IResult NotFound(string field, string detail) => Results.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound,
        title: "Not found", extensions: new Dictionary<string, object?> { ["field"] = field });

    public static IResult Invalid(string field, string detail) => Results.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest,
        title: "Invalid request", extensions: new Dictionary<string, object?> { ["field"] = field });

    public static IResult TooLarge(string field, string detail) => Results.Problem(detail: detail, statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Request too large", extensions: new Dictionary<string, object?> { ["field"] = field });
}
