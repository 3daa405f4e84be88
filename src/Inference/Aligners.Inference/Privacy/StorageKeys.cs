namespace Aligners.Inference.Privacy;

/// <summary>
/// An Azure storage account key standing as a field's value rather than after <c>AccountKey=</c>: the
/// rows of <c>az storage account keys list</c> (a table's <c>key1  FULL  ...</c>, JSON's
/// <c>"keyName": "key1", ..., "value": "..."</c>) and any other field that a neighbouring field names as
/// a storage or account key. The key has its own shape, 64 random bytes in base64 (86 characters and
/// "=="), and counts only where a field within <see cref="Reach"/> characters before it (or, in JSON
/// written the other way round, after it) names such a key, since base64 of that length is also a
/// digest or a blob's content.
/// </summary>
internal static class StorageKeys
{
    /// <summary>How far from the key the naming field may stand.</summary>
    private const int Reach = 160;

    /// <summary>The base64 characters of 64 bytes, less the padding.</summary>
    private const int KeyLength = 86;

    // The names the Azure CLI, the portal and SDKs give a storage key's field or row.
    private static readonly ContextWords KeyNames = new(
        ["keyname", "key1", "key2", "accountkey", "account key", "account_key", "storage key", "storagekey", "storage_key", "primary key",
         "primarykey", "primary_key", "secondary key", "secondarykey", "secondary_key", "shared key", "sharedkey", "access key", "storage account keys"],
        insideIdentifiers: true);

    /// <summary>Every storage key a neighbouring field names in <paramref name="text"/>.</summary>
    public static IEnumerable<PrivacyEntity> Find(string text)
    {
        // Runs of base64 read once each, by hand: a run of exactly 86 characters and "==" (and no third '=') is a key's shape.
        var i = text.IndexOf("==", StringComparison.Ordinal) < 0 ? text.Length : 0;
        while (i < text.Length)
        {
            if (!IsBase64(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && IsBase64(text[i]))
            {
                i++;
            }
            var end = i + 2;
            if (i - start != KeyLength || end > text.Length || text[i] != '=' || text[i + 1] != '=' || (end < text.Length && text[end] == '='))
            {
                continue;
            }
            var key = text.AsSpan(start, end - start);
            if (!SecretEntropyDetector.LooksRandom(key) || Placeholders.IsPlaceholder(key))
            {
                continue;
            }
            var from = Math.Max(0, start - Reach);
            var to = Math.Min(text.Length, end + Reach / 2);
            if (KeyNames.Contains(text.AsSpan(from, start - from)) || KeyNames.Contains(text.AsSpan(end, to - end)))
            {
                yield return new PrivacyEntity(PrivacyTypes.Credential, start, end - start, "azure-storage-key", 0.9);
            }
        }
    }

    private static bool IsBase64(char c) => char.IsAsciiLetterOrDigit(c) || c is '+' or '/';
}
