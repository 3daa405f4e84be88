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

    public static IResult NotReady() => Problem(StatusCodes.Status503ServiceUnavailable, "Models are loading", "models", "the models are not loaded yet; retry shortly");

    private static IResult Problem(int status, string title, string field, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title,
            extensions: new Dictionary<string, object?> { ["field"] = field });
}
