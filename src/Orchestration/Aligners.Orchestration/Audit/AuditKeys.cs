using System.Diagnostics.CodeAnalysis;

namespace Aligners.Orchestration.Audit;

/// <summary>
/// The audit keys by version: the one that signs new entries and every one that may have signed
/// an older entry. Verification looks an entry's key up by the version the entry records, so an
/// entry that names a version not held here is reported as bad, never skipped.
/// </summary>
public sealed class AuditKeys
{
    /// <summary>The shortest key accepted: HMAC-SHA256's block-sized security needs 32 bytes.</summary>
    public const int MinKeyBytes = 32;

    private readonly Dictionary<string, byte[]> _keys;

    private AuditKeys(string currentVersion, Dictionary<string, byte[]> keys)
    {
        CurrentVersion = currentVersion;
        _keys = keys;
    }

    /// <summary>The version that signs new entries.</summary>
    public string CurrentVersion { get; }

    /// <summary>Every version held.</summary>
    public IReadOnlyCollection<string> Versions => _keys.Keys;

    internal byte[] Current => _keys[CurrentVersion];

    /// <summary>The key of <paramref name="version"/>, when held.</summary>
    public bool TryGet(string version, [MaybeNullWhen(false)] out byte[] key) => _keys.TryGetValue(version, out key);

    /// <summary>A key ring signing with <paramref name="currentKey"/> and verifying with it and <paramref name="earlier"/>.</summary>
    /// <exception cref="ArgumentException">A key is shorter than <see cref="MinKeyBytes"/>.</exception>
    public static AuditKeys Create(string currentVersion, byte[] currentKey, IReadOnlyDictionary<string, byte[]>? earlier = null)
    {
        var keys = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (version, key) in (earlier ?? new Dictionary<string, byte[]>()).Append(new(currentVersion, currentKey)))
        {
            if (key.Length < MinKeyBytes)
            {
                throw new ArgumentException($"the audit key of version '{version}' has {key.Length} bytes; at least {MinKeyBytes} are needed", nameof(currentKey));
            }
            keys[version] = key;
        }
        return new AuditKeys(currentVersion, keys);
    }

    /// <summary>The key ring of validated <see cref="AuditOptions"/>.</summary>
    public static AuditKeys From(AuditOptions options) => Create(
        options.KeyVersion,
        Convert.FromBase64String(options.HmacKey!.Trim()),
        options.Keys.Where(k => !string.IsNullOrWhiteSpace(k.Value)).ToDictionary(k => k.Key, k => Convert.FromBase64String(k.Value.Trim())));
}
