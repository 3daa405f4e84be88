namespace Aligners.Inference.Privacy;

/// <summary>
/// The values behind a text's placeholders, so that a text redacted before it went to a model can
/// have them put back afterwards (<see cref="Restore(string)"/>). One vault can serve several texts of one
/// request (a prompt and its answer): a value gets the same placeholder in all of them. It holds
/// personal data in memory: keep it for the request only, never persist or log it. Not thread-safe.
/// </summary>
public sealed class PrivacyVault
{
    private readonly Dictionary<string, PrivacyVaultEntry> values = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Type, string Normalized), string> placeholders = [];
    private readonly Dictionary<string, int> counters = new(StringComparer.Ordinal);

    /// <summary>
    /// A vault holding <paramref name="entries"/> (taken from another vault's <see cref="Entries"/>):
    /// their values keep their placeholders, and a new value of a type gets the number after the
    /// highest that type holds.
    /// </summary>
    /// <exception cref="ArgumentException">Two entries share a placeholder, or one is no placeholder of its type.</exception>
    public static PrivacyVault Create(IEnumerable<PrivacyVaultEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var vault = new PrivacyVault();
        foreach (var entry in entries)
        {
            var tag = Tag(entry.Type);
            if (!entry.Placeholder.StartsWith($"[{tag}_", StringComparison.Ordinal) || !entry.Placeholder.EndsWith(']')
                || !int.TryParse(entry.Placeholder.AsSpan(tag.Length + 2, entry.Placeholder.Length - tag.Length - 3),
                    System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
                || !vault.values.TryAdd(entry.Placeholder, entry))
            {
                throw new ArgumentException($"{entry} is no placeholder of its type, or is there twice.", nameof(entries));
            }
            vault.placeholders.TryAdd((entry.Type, entry.NormalizedValue), entry.Placeholder);
            vault.counters[tag] = Math.Max(n, vault.counters.GetValueOrDefault(tag));
        }
        return vault;
    }

    /// <summary>How many placeholders the vault holds.</summary>
    public int Count => values.Count;

    /// <summary>The placeholders the vault holds, such as "[EMAIL_1]".</summary>
    public IReadOnlyCollection<string> Placeholders => values.Keys;

    /// <summary>Every placeholder with its value, in the order they were given out: what <see cref="Create"/> rebuilds the vault from.</summary>
    public IReadOnlyList<PrivacyVaultEntry> Entries => [.. values.Values];

    /// <summary>The value behind <paramref name="placeholder"/>, if the vault holds it.</summary>
    public bool TryGetValue(string placeholder, out string value)
    {
        var found = values.TryGetValue(placeholder, out var entry);
        value = entry?.Value!;
        return found;
    }

    /// <summary>Whether the finding's value (in its canonical form) already has a placeholder here.</summary>
    public bool Holds(PrivacyFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return placeholders.ContainsKey((finding.Type, finding.NormalizedValue));
    }

    /// <summary>
    /// The placeholder of the finding's value: the one it already has, or the type's next free
    /// number. A number whose placeholder already stands in <paramref name="text"/> is skipped, so
    /// that restoring never replaces text the author wrote.
    /// </summary>
    internal string PlaceholderFor(PrivacyFinding finding, string text)
    {
        var key = (finding.Type, finding.NormalizedValue);
        if (placeholders.TryGetValue(key, out var existing))
        {
            return existing;
        }
        var tag = Tag(finding.Type);
        var n = counters.GetValueOrDefault(tag);
        string placeholder;
        do
        {
            placeholder = $"[{tag}_{++n}]";
        }
        while (text.Contains(placeholder, StringComparison.Ordinal));
        counters[tag] = n;
        placeholders[key] = placeholder;
        values[placeholder] = new PrivacyVaultEntry(placeholder, finding.Type, finding.NormalizedValue, finding.Value);
        return placeholder;
    }

    /// <summary>
    /// <paramref name="text"/> with every placeholder this vault holds replaced by its value;
    /// bracketed text it does not hold stays as it is. One pass, linear in the text.
    /// </summary>
    public string Restore(string text) => Restore(text, entry => entry.Value);

    /// <summary>
    /// <paramref name="text"/> with every placeholder this vault holds replaced by what
    /// <paramref name="replacement"/> makes of its entry (the value, a mask of it, nothing);
    /// bracketed text it does not hold stays as it is. One pass, linear in the text.
    /// </summary>
    public string Restore(string text, Func<PrivacyVaultEntry, string> replacement)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(replacement);
        if (values.Count == 0)
        {
            return text;
        }
        var result = new System.Text.StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('[', i);
            if (open < 0)
            {
                break;
            }
            var close = text.IndexOfAny([']', '['], open + 1);
            if (close < 0)
            {
                break;
            }
            if (text[close] == '[' || close - open > 32)
            {
                result.Append(text, i, close - i);
                i = close;
                continue;
            }
            result.Append(text, i, open - i);
            var bracketed = text.Substring(open, close - open + 1);
            result.Append(values.TryGetValue(bracketed, out var entry) ? replacement(entry) : bracketed);
            i = close + 1;
        }
        result.Append(text, i, text.Length - i);
        return result.ToString();
    }

    /// <summary>The number of placeholders; never the values.</summary>
    public override string ToString() => $"PrivacyVault ({Count} placeholders)";

    /// <summary>The placeholder tag of a type: "national-id" becomes "NATIONAL_ID".</summary>
    internal static string Tag(string type) => type.ToUpperInvariant().Replace('-', '_');
}
