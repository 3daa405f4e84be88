namespace Aligners.Inference.Privacy;

/// <summary>
/// An API key passed in a URL's query, as weather, maps and many older REST APIs take it and as an
/// HTTP client's debug log then prints it (<c>GET /data?q=Oslo&amp;appid=KEY</c>): the value of a parameter
/// named <c>appid</c>, <c>apikey</c>, <c>api_key</c>, <c>api-key</c>, <c>key</c>, <c>access_token</c>, <c>token</c>,
/// <c>auth_token</c> or <c>client_secret</c>, where it looks random. A parameter's name alone is not enough:
/// <c>?key=name_asc</c> sorts and <c>?token=abc</c> is a test's stand-in.
/// </summary>
internal static class QueryKeys
{
    private const int MinValue = 16;

    private const int MaxValue = 256;

    private static readonly string[] Names = ["appid", "apikey", "api_key", "api-key", "key", "access_token", "token", "auth_token", "client_secret"];

    /// <summary>Every random-looking value a URL's query passes under an API key's name in <paramref name="text"/>.</summary>
    public static IEnumerable<PrivacyEntity> Find(string text)
    {
        foreach (var separator in "?&")
        {
            var at = 0;
            while ((at = text.IndexOf(separator, at)) >= 0)
            {
                at++;
                var eq = text.IndexOf('=', at, Math.Min(16, text.Length - at));
                if (eq < 0 || !IsKeyName(text.AsSpan(at, eq - at)))
                {
                    continue;
                }
                var start = eq + 1;
                var end = start;
                while (end < text.Length && end - start <= MaxValue && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '-' or '_' or '.' or '~' or '%'))
                {
                    end++;
                }
                if (Random(text, start, end))
                {
                    yield return new PrivacyEntity(PrivacyTypes.Credential, start, end - start, "query-key", 0.9);
                }
            }
        }
    }

    private static bool Random(string text, int start, int end)
    {
        var value = text.AsSpan(start, end - start);
        return value.Length >= MinValue && value.Length <= MaxValue && SecretEntropyDetector.LooksRandom(value) && !Placeholders.IsPlaceholder(value);
    }

    private static bool IsKeyName(ReadOnlySpan<char> name)
    {
        foreach (var known in Names)
        {
            if (name.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
