using System.Buffers.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Aligners.Inference.Privacy;

/// <summary>
/// JSON web tokens: three base64url parts split by dots whose first part decodes to a JSON object
/// with an "alg" member (the JOSE header). Unsigned tokens (an empty third part) count too: they
/// still carry the claims. jwt.io's documented sample token is an example, not a credential
/// (<see cref="ExampleTokens"/>).
/// </summary>
public sealed class JwtDetector : IPrivacyDetector
{
    private const int MaxHeaderLength = 2048;

    private static readonly Regex Candidate = new(
        @"\beyJ[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]*",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <inheritdoc />
    public string Name => "jwt";

    /// <inheritdoc />
    public IEnumerable<PrivacyEntity> Detect(string text)
    {
        var found = new List<PrivacyEntity>();
        foreach (var m in Candidate.EnumerateMatches(text))
        {
            var token = text.AsSpan(m.Index, m.Length);
            var header = token[..token.IndexOf('.')];
            if (header.Length <= MaxHeaderLength && HasAlgorithm(header) && !ExampleTokens.IsSample(token))
            {
                found.Add(new PrivacyEntity(PrivacyTypes.Credential, m.Index, m.Length, Name, 0.97));
            }
        }
        return found;
    }

    /// <summary>The base64url text decodes to a JSON object with an "alg" member.</summary>
    internal static bool HasAlgorithm(ReadOnlySpan<char> header)
    {
        // TryDecodeFromChars throws on malformed input (a length of 4n + 1), so check first.
        if (!Base64Url.IsValid(header, out var length))
        {
            return false;
        }
        Span<byte> json = stackalloc byte[length];
        if (!Base64Url.TryDecodeFromChars(header, json, out var written))
        {
            return false;
        }
        var reader = new Utf8JsonReader(json[..written]);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("alg"u8))
                {
                    return true;
                }
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    reader.Read();
                    reader.TrySkip();
                }
            }
            return false;
        }
        catch (JsonException)
        {
            return false; // not JSON: a look-alike that happens to start with "eyJ"
        }
    }
}
