using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Aligners.Inference.Http;

/// <summary>
/// Reads request bodies within a size limit, turning every failure into a problem answer: 413 for
/// an oversized body (told by its Content-Length or found while reading a chunked one), and for
/// JSON bodies 400 for an empty, null or malformed one, with the position of the error.
/// </summary>
public static class HttpBody
{
    /// <summary>The body's bytes, or a 413 problem when it exceeds <paramref name="maxBytes"/>.</summary>
    public static async Task<(byte[]? Bytes, IResult? Problem)> ReadAsync(HttpRequest request, long maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, Problems.TooLarge("body", $"the body is {request.ContentLength} bytes; the limit is {maxBytes}"));
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, Problems.TooLarge("body", $"the body exceeds the limit of {maxBytes} bytes"));
            }
            buffer.Write(chunk, 0, read);
        }
        return (buffer.ToArray(), null);
    }

    /// <summary>The body as a <typeparamref name="T"/> read with <paramref name="json"/>, or the problem that kept it from being one.</summary>
    public static async Task<(T? Value, IResult? Problem)> ReadJsonAsync<T>(HttpRequest request, long maxBytes, JsonSerializerOptions json, CancellationToken ct)
        where T : class
    {
        var (bytes, problem) = await ReadAsync(request, maxBytes, ct).ConfigureAwait(false);
        if (problem is not null)
        {
            return (null, problem);
        }
        if (bytes!.Length == 0)
        {
            return (null, Problems.Invalid("body", "the request body is empty; send a JSON object"));
        }
        try
        {
            var value = JsonSerializer.Deserialize<T>(bytes, json);
            return value is null ? (null, Problems.Invalid("body", "the body is JSON null; send a JSON object")) : (value, null);
        }
        catch (JsonException e)
        {
            var where = e.Path is null ? "body" : e.Path;
            return (null, Problems.Invalid(where, $"malformed JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine}: {e.Message}"));
        }
    }

    /// <summary>The media type of the request, lower-case, without parameters.</summary>
    public static string? MediaType(HttpRequest request) => request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
}
