using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Aligners.Functions.Http;

/// <summary>Reads request bodies within a size limit; an oversized body is a 413 problem.</summary>
internal static class HttpBody
{
    /// <summary>The JSON settings of every answer: camelCase, nulls left out.</summary>
    public static readonly JsonSerializerOptions Json = Orchestration.Workflows.WorkflowJson.Options;

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
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, Problems.TooLarge("body", $"the body exceeds the limit of {maxBytes} bytes"));
            }
            buffer.Write(chunk, 0, read);
        }
        return (buffer.ToArray(), null);
    }

    /// <summary>The media type of the request, lower-case, without parameters.</summary>
    public static string? MediaType(HttpRequest request) => request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
}
