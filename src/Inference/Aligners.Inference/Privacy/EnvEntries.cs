namespace Aligners.Inference.Privacy;

/// <summary>
/// A Kubernetes container's <c>env</c> entry names its variable on one line and gives its value on the next:
/// <c>- name: BILLING_API_TOKEN</c> over <c>value: "..."</c>. The word right before the value is "value", which names nothing,
/// so the secret's name is read from the <c>name:</c> line above: a variable whose last part names a secret (<c>_TOKEN</c>,
/// <c>_API_TOKEN</c>, <c>_SECRET</c>, <c>_PASSWORD</c>, <c>_KEY</c>, ...) names its value one, which must still look random to
/// count. A checksum or a digest named as one (<c>_SHA256</c>, <c>_CHECKSUM</c>, <c>_DIGEST</c>, <c>_HASH</c>) is public,
/// whatever else its name holds (<c>SIGNING_KEY_SHA256</c>), as an image's digest is.
/// </summary>
internal static class EnvEntries
{
    private static readonly HashSet<string> SecretParts = new(StringComparer.OrdinalIgnoreCase)
    {
        "token", "secret", "password", "passwd", "pwd", "pass", "key", "apikey", "credential", "credentials", "auth",
    };

    private static readonly HashSet<string> DigestParts = new(StringComparer.OrdinalIgnoreCase)
    {
        "sha", "sha1", "sha256", "sha384", "sha512", "md5", "checksum", "digest", "hash", "fingerprint", "crc", "crc32",
    };

    /// <summary>
    /// The value at <paramref name="valueStart"/> is an env entry's <c>value:</c> (quoted or not) under a <c>name:</c> line that
    /// names a secret.
    /// </summary>
    public static bool NamesSecret(string text, int valueStart)
    {
        var lineStart = LineBounds.Start(text, valueStart);
        var before = text.AsSpan(lineStart, valueStart - lineStart).Trim().TrimEnd("\"'").TrimEnd();
        if (!before.SequenceEqual("value:") || lineStart < 2)
        {
            return false;
        }
        var aboveStart = LineBounds.Start(text, lineStart - 1);
        var above = text.AsSpan(aboveStart, lineStart - 1 - aboveStart).Trim().TrimStart('-').TrimStart();
        if (!above.StartsWith("name:", StringComparison.Ordinal))
        {
            return false;
        }
        return Names(above[5..].Trim().Trim("\"'"));
    }

    /// <summary>A variable's name ends in a part naming a secret and holds no part naming a digest.</summary>
    internal static bool Names(ReadOnlySpan<char> variable)
    {
        if (variable.IsEmpty || variable.Length > 80)
        {
            return false;
        }
        var last = false;
        foreach (var range in variable.SplitAny("_-."))
        {
            var part = variable[range];
            if (DigestParts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(part))
            {
                return false;
            }
            last = SecretParts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(part);
        }
        return last;
    }
}
