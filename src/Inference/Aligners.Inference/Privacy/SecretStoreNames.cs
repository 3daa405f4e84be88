namespace Aligners.Inference.Privacy;

/// <summary>
/// The names a cloud secret store gives its secrets, which a configuration writes where the secret
/// would otherwise stand (<c>secret_key_ref: projects/acme/secrets/api-key/versions/7</c>): the store
/// holds the value, and the name only says where. Google Secret Manager's resource names
/// (<c>projects/&lt;project&gt;/secrets/&lt;name&gt;[/versions/&lt;n&gt;]</c>), Azure Key Vault's secret
/// URIs (<c>https://&lt;vault&gt;.vault.azure.net/secrets/&lt;name&gt;[/&lt;version&gt;]</c>) and HashiCorp
/// Vault's paths (<c>secret/data/&lt;path&gt;</c>, <c>kv/metadata/&lt;path&gt;</c>, <c>secret/&lt;path&gt;</c>)
/// are names, as an Amazon Resource Name is (<see cref="PublicShapes.InsideArn"/>). Each reads the value alone.
/// </summary>
internal static class SecretStoreNames
{
    // The mounts Vault's key/value engines are given by default and by its documentation.
    private static readonly string[] VaultMounts = ["secret", "kv", "kv-v2", "kv2"];

    /// <summary>Whether <paramref name="value"/> is a secret store's name for a secret.</summary>
    public static bool IsSecretName(ReadOnlySpan<char> value)
    {
        if (value.Contains(".vault.azure.net/secrets/", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (!IsPath(value))
        {
            return false;
        }
        if (value.StartsWith("projects/", StringComparison.Ordinal) && value.Contains("/secrets/", StringComparison.Ordinal))
        {
            return true;
        }
        // Vault: a key/value engine's data or metadata endpoint under any mount, or a path under a default mount.
        var first = value.IndexOf('/');
        var rest = value[(first + 1)..];
        var second = rest.IndexOf('/');
        if (second > 0 && (rest[..second] is "data" or "metadata") && second + 1 < rest.Length)
        {
            return true;
        }
        foreach (var mount in VaultMounts)
        {
            if (value[..first].Equals(mount, StringComparison.Ordinal) && rest.Length > 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Two or more '/'-separated segments of letters, digits, '_', '-' and '.', none empty: a name's path, not a random key.</summary>
    private static bool IsPath(ReadOnlySpan<char> value)
    {
        if (value.Length < 3 || value[0] == '/' || value[^1] == '/' || value.IndexOf('/') < 0 || value.Contains("//", StringComparison.Ordinal))
        {
            return false;
        }
        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('/' or '_' or '-' or '.'))
            {
                return false;
            }
        }
        return true;
    }
}
