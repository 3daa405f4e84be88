namespace Aligners.Inference.Privacy;

/// <summary>
/// A hex digest named as a fingerprint, a hash or a checksum of a key (<c>api_key_fingerprint</c>, <c>tokenSha256</c>,
/// <c>secret_md5</c>, or a line saying "md5 of the key"): a one-way summary that systems log to tell keys apart, which
/// grants nothing, so no secret even where its name holds a key's word. Asked by <see cref="SecretEntropyDetector"/>.
/// </summary>
internal static class DigestNames
{
    private static readonly string[] Suffixes = ["fingerprint", "thumbprint", "checksum", "digest", "hash", "md5", "sha1", "sha256", "sha512"];

    private static readonly ContextWords LineWords = new(
        "fingerprint", "thumbprint", "checksum", "digest", "md5", "sha1", "sha-1", "sha256", "sha-256", "sha512", "hash of", "hashed");

    /// <summary>An identifier's last part names a digest: <c>key_fingerprint</c>, <c>secret-md5</c>, <c>tokenHash</c>.</summary>
    public static bool NamesDigest(string written)
    {
        foreach (var suffix in Suffixes)
        {
            if (written.Length > suffix.Length && written.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                var before = written[^(suffix.Length + 1)];
                var camel = char.IsAsciiLetterUpper(written[^suffix.Length]) && char.IsAsciiLetterLower(before);
                if (before is '_' or '-' or '.' || camel)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// <paramref name="value"/> is a hex digest's length (MD5, SHA-1, SHA-256, SHA-512) of hex digits alone, and its line
    /// names a digest ("# md5 of the key", "SHA-256 fingerprint:").
    /// </summary>
    public static bool DigestOnItsLine(string text, int start, ReadOnlySpan<char> value)
    {
        if (value.Length is not (32 or 40 or 64 or 128) || value.ContainsAnyExcept("0123456789abcdefABCDEF"))
        {
            return false;
        }
        var lineStart = LineBounds.Start(text, start);
        var lineEnd = LineBounds.End(text, start);
        return LineWords.Contains(text.AsSpan(lineStart, lineEnd - lineStart));
    }
}
