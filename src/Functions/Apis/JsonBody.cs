using System.Text.Json;

namespace Aligners.Functions.Apis;

/// <summary>Reads request bodies within a size limit; every failure is a problem answer.</summary>
internal static class JsonBody
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The body's bytes, or a 413 problem when it exceeds <paramref name="maxBytes"/>.</summary>
    public static async Task<(byte[]? Bytes, IResult? Problem)> ReadBytesAsync(HttpRequest request, long maxBytes, CancellationToken ct)
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

    /// <summary>Parses JSON into <typeparamref name="T"/>, naming where it is malformed.</summary>
    public static (T? Value, IResult? Problem) Parse<T>(ReadOnlySpan<byte> bytes, string where) where T : class
    {
        if (bytes.IsEmpty)
        {
            return (null, Problems.Invalid(where, "is empty; send a JSON object"));
        }
        try
        {
            var value = JsonSerializer.Deserialize<T>(bytes, Options);
            return value is null ? (null, Problems.Invalid(where, "is JSON null; send a JSON object")) : (value, null);
        }
        catch (JsonException e)
        {
            var path = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? where : where + e.Path.TrimStart('$');
            return (null, Problems.Invalid(path, $"malformed JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine}): {FirstLine(e.Message)}"));
        }
    }

    private static string FirstLine(string s) => s.Split('\n')[0].Trim();
}
