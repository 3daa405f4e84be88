using System.Buffers.Text;
using System.Text.Json;

namespace Aligners.Inference.Privacy;

/// <summary>
/// The sample JSON web token that jwt.io's debugger and countless tutorials print: its claims are
/// <c>{"sub":"1234567890","name":"John Doe","iat":1516239022}</c>, whatever algorithm signs it. It grants
/// nothing anywhere and is copied as the documented example, as AWS's <c>AKIAIOSFODNN7EXAMPLE</c> is, so a
/// token carrying exactly those claims is an example, not a credential. Read from the decoded claims,
/// not the token's characters, so a re-signed copy (HS384, RS256) is recognised too.
/// </summary>
internal static class ExampleTokens
{
    /// <summary>The longest payload decoded; the sample's is 75 characters.</summary>
    private const int MaxPayload = 256;

    /// <summary>Whether the token <paramref name="token"/> (header, payload and signature, dotted) carries the sample's claims and no others.</summary>
    public static bool IsSample(ReadOnlySpan<char> token)
    {
        var first = token.IndexOf('.');
        if (first < 0)
        {
            return false;
        }
        var rest = token[(first + 1)..];
        var second = rest.IndexOf('.');
        var payload = second < 0 ? rest : rest[..second];
        if (payload.Length > MaxPayload || !Base64Url.IsValid(payload, out var length))
        {
            return false;
        }
        Span<byte> json = stackalloc byte[length];
        int written;
        try
        {
            // Valid length aside, a payload of arbitrary text (as the entropy rule may pass) can still fail to decode.
            if (!Base64Url.TryDecodeFromChars(payload, json, out written))
            {
                return false;
            }
        }
        catch (FormatException)
        {
            return false;
        }
        return HasSampleClaims(json[..written]);
    }

    private static bool HasSampleClaims(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        int matched = 0, claims = 0;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                claims++;
                var name = reader.GetString();
                if (!reader.Read())
                {
                    return false;
                }
                matched += name switch
                {
                    "sub" when reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("1234567890"u8) => 1,
                    "name" when reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("John Doe"u8) => 1,
                    "iat" when reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var iat) && iat == 1516239022 => 1,
                    _ => 0,
                };
                reader.TrySkip();
            }
            return claims == 3 && matched == 3;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
