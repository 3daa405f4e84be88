using System.Text;

namespace Aligners.Inference.Privacy;

/// <summary>
/// A Basic credential stored under an "auth" key: Docker's and Podman's registry config
/// (<c>"auths": {"registry": {"auth": "BASE64"}}</c>) and npm's <c>_auth</c> keep base64 of
/// <c>user:password</c>, which anyone can decode, so the value is the password in all but name. Counts
/// where the value decodes to printable text with a user, a ':' and a password that is no placeholder;
/// an "auth" key holding anything else (a mode name, a token's reference) is left to the other rules.
/// </summary>
internal static class BasicAuthValues
{
    /// <summary>The longest value decoded.</summary>
    private const int MaxValue = 512;

    /// <summary>The shortest value read: base64 of the shortest user and password ("ci:abcd").</summary>
    private const int MinValue = 8;

    private static readonly string[] Keys = ["\"auth\"", "\"_auth\"", "_auth=", "_auth ="];

    /// <summary>Every base64 <c>user:password</c> value stored under an auth key in <paramref name="text"/>.</summary>
    public static IEnumerable<PrivacyEntity> Find(string text)
    {
        foreach (var key in Keys)
        {
            var at = 0;
            while ((at = text.IndexOf(key, at, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                at += key.Length;
                if (Value(text, at) is var (start, end) && end - start >= MinValue && end - start <= MaxValue && DecodesToLogin(text.AsSpan(start, end - start)))
                {
                    yield return new PrivacyEntity(PrivacyTypes.Credential, start, end - start, "basic-auth", 0.9);
                }
            }
        }
    }

    /// <summary>The run of base64 characters after the key's ':' or '=' and an optional quote, or (0, 0).</summary>
    private static (int Start, int End) Value(string text, int from)
    {
        var k = from;
        while (k < text.Length && k - from < 4 && text[k] is ' ' or '\t' or ':' or '=' or '"' or '\'')
        {
            k++;
        }
        var start = k;
        while (k < text.Length && k - start <= MaxValue && (char.IsAsciiLetterOrDigit(text[k]) || text[k] is '+' or '/' or '='))
        {
            k++;
        }
        return k > start ? (start, k) : default;
    }

    /// <summary>The base64 decodes to printable text with a user and a password that is no placeholder, split by ':'.</summary>
    internal static bool DecodesToLogin(ReadOnlySpan<char> value)
    {
        Span<byte> bytes = stackalloc byte[MaxValue];
        if (Convert.TryFromBase64Chars(value, bytes, out var written) is false || written < 3)
        {
            return false;
        }
        var decoded = bytes[..written];
        foreach (var b in decoded)
        {
            if (b < 0x20 || b == 0x7F)
            {
                return false; // binary: a key or a digest, not a login
            }
        }
        string login;
        try
        {
            login = new UTF8Encoding(false, true).GetString(decoded);
        }
        catch (ArgumentException)
        {
            return false;
        }
        var colon = login.IndexOf(':');
        return colon > 0 && colon < login.Length - 1 && !Placeholders.IsPlaceholder(login.AsSpan(colon + 1));
    }
}
