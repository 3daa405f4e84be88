using Aligners.Orchestration.Requests;
using Microsoft.AspNetCore.Http;

namespace Aligners.Functions.Http;

/// <summary><c>application/problem+json</c> answers that name the field at fault and the problem.</summary>
internal static class Problems
{
    public static IResult Invalid(string field, string detail) => Problem(StatusCodes.Status400BadRequest, "Invalid request", field, detail);

    public static IResult TooLarge(string field, string detail) => Problem(StatusCodes.Status413PayloadTooLarge, "Request too large", field, detail);

    public static IResult Forbidden(string field, string detail) => Problem(StatusCodes.Status403Forbidden, "Forbidden", field, detail);

    public static IResult NotFound(string field, string detail) => Problem(StatusCodes.Status404NotFound, "Not found", field, detail);

    public static IResult Conflict(string field, string detail) => Problem(StatusCodes.Status409Conflict, "Conflict", field, detail);

    public static IResult UnsupportedMediaType(string detail) => Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Content-Type", detail);

    public static IResult From(InvalidRequestException e) => e switch
    {
        { TooLarge: true } => TooLarge(e.Field, e.Problem),
        { NotFound: true } => NotFound(e.Field, e.Problem),
        { Conflict: true } => Conflict(e.Field, e.Problem),
        _ => Invalid(e.Field, e.Problem),
    };

    public static IResult Failed(string instanceId, string detail) => TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status502BadGateway,
        title: "Alignment failed", extensions: new Dictionary<string, object?> { ["instanceId"] = instanceId });

    private static IResult Problem(int status, string title, string field, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, extensions: new Dictionary<string, object?> { ["field"] = field });
}
