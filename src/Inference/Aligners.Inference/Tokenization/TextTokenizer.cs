namespace Aligners.Inference.Tokenization;

/// <summary>
/// A model's tokenizer: plain text to ids without added special tokens (the input formats add
/// those), ids back to text, and the special token ids named in the manifest.
/// Thread-safe: the underlying tokenizers are immutable.
/// </summary>
public sealed class TextTokenizer : IDisposable
{
    private readonly ITokenCodec _inner;
    private readonly IReadOnlyDictionary<string, int> _special;
    private readonly HashSet<int> _specialIds;
    private readonly bool _collapseUnknownRuns;

    internal TextTokenizer(ITokenCodec inner, IReadOnlyDictionary<string, int> special, int? pad, int? bos, int? eos,
        int? unk, bool collapseUnknownRuns)
    {
        _inner = inner;
        _special = special;
        _specialIds = [.. special.Values];
        _collapseUnknownRuns = collapseUnknownRuns;
        PadId = pad ?? 0;
        BosId = bos;
        EosId = eos;
        UnknownId = unk;
    }

    /// <summary>The padding id (0 when the manifest names none).</summary>
    public int PadId { get; }

    /// <summary>The beginning-of-sequence id, if the model uses one.</summary>
    public int? BosId { get; }

    /// <summary>The end-of-sequence id, if any.</summary>
    public int? EosId { get; }

    /// <summary>The unknown-token id, if any.</summary>
    public int? UnknownId { get; }

    /// <summary>The special tokens from the manifest.</summary>
    public IReadOnlyDictionary<string, int> SpecialTokens => _special;

    /// <summary>The id of a special token named in the manifest.</summary>
    /// <exception cref="InferenceException">The token is not in the manifest's special tokens.</exception>
    public int SpecialId(string token) =>
        _special.TryGetValue(token, out var id)
            ? id
            : throw new InferenceException($"special token '{token}' is not in the manifest's tokenizer.specialTokens");

    /// <summary>Whether the manifest names <paramref name="token"/>.</summary>
    public bool HasSpecial(string token) => _special.ContainsKey(token);

    /// <summary>Encodes text without any added special tokens.</summary>
    public List<int> Encode(string text)
    {
        var ids = _inner.Encode(text);
        var result = new List<int>(ids.Count);
        foreach (var id in ids)
        {
            // SentencePiece's unigram model emits one <unk> for a run of unknown characters;
            // Microsoft.ML.Tokenizers emits one per character. Collapse to match the Python ids.
            if (_collapseUnknownRuns && id == UnknownId && result.Count > 0 && result[^1] == id)
            {
                continue;
            }
            result.Add(id);
        }
        return result;
    }

    /// <summary>Decodes ids to text, leaving out the manifest's special tokens.</summary>
    public string Decode(IEnumerable<int> ids) => _inner.Decode(ids.Where(i => !_specialIds.Contains(i)));

    /// <summary>Releases the native tokenizer of a <c>tokenizer.json</c>.</summary>
    public void Dispose() => _inner.Dispose();
}
