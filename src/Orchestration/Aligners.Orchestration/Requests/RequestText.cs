using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Aligners.Orchestration.Requests;

/// <summary>
/// Checks on request text that hold for every input shape: bodies are valid UTF-8, and every JSON
/// number a caller sends is one the app can hold.
/// </summary>
/// <remarks>
/// A lenient decoder turns invalid bytes into U+FFFD, so a corrupted body would be aligned and
/// stored as something the caller never sent; a number such as <c>1e999</c> parses to infinity and
/// is written back as text no JSON reader accepts. Both are refused before anything starts.
/// </remarks>
public static class RequestText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of <paramref name="bytes"/>.</summary>
    /// <exception cref="InvalidRequestException">The bytes are not valid UTF-8; names the first bad byte's offset.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, string field)
    {
        try
        {
            return Strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidRequestException(field, $"is not valid UTF-8 (byte {e.Index} of the text)");
        }
    }

    /// <summary>Checks that every number in <paramref name="node"/> is a finite double.</summary>
    /// <exception cref="InvalidRequestException">A number overflows; names its path under <paramref name="field"/>.</exception>
    public static void RequireFiniteNumbers(JsonNode? node, string field)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o)
                {
                    RequireFiniteNumbers(child, $"{field}.{name}");
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    RequireFiniteNumbers(a[i], $"{field}[{i}]");
                }
                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.Number:
                if (!double.TryParse(v.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d)
                    || !double.IsFinite(d))
                {
                    throw new InvalidRequestException(field, $"the number {Abbreviate(v.ToJsonString())} is outside the range of a double");
                }
                break;
        }
    }

    private static string Abbreviate(string s) => s.Length <= 40 ? s : s[..37] + "...";
}
