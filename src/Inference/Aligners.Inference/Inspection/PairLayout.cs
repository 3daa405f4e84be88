using Aligners.Inference.Tokenization;

namespace Aligners.Inference.Inspection;

/// <summary>
/// One encoded inspector input: token ids and, for BERT pairs, segment ids; for inspectors that read
/// sentence embeddings, the pair's texts (and no ids).
/// </summary>
public readonly record struct InspectorInput(int[] InputIds, int[] TokenTypeIds, string? Prompt = null, string? Response = null);

/// <summary>
/// How a (prompt, response) pair becomes one classifier input: <c>pair-sep</c> is
/// <c>&lt;s&gt; prompt [SEP] response &lt;/s&gt;</c> (the bundled inspectors), <c>bert-pair</c> is
/// <c>[CLS] prompt [SEP] response [SEP]</c> with segment ids (BERT-family exports).
/// </summary>
internal sealed class PairLayout
{
    private readonly TextTokenizer _tokenizer;
    private readonly int _start, _middle, _end;
    private readonly int _maxTokens;

    private PairLayout(TextTokenizer tokenizer, int start, int middle, int end, int maxTokens)
    {
        _tokenizer = tokenizer;
        (_start, _middle, _end, _maxTokens) = (start, middle, end, maxTokens);
    }

    public static PairLayout Create(string? format, TextTokenizer tokenizer, int maxTokens, string manifestFile)
    {
        int Need(int? id, string what) => id ?? throw new ModelManifestException(manifestFile, "tokenizer",
            $"input format '{format}' needs a {what} token");
        return format switch
        {
            "pair-sep" => new PairLayout(tokenizer, Need(tokenizer.BosId, "bos"), tokenizer.SpecialId("[SEP]"),
                Need(tokenizer.EosId, "eos"), maxTokens),
            "bert-pair" => new PairLayout(tokenizer, tokenizer.SpecialId("[CLS]"), tokenizer.SpecialId("[SEP]"),
                tokenizer.SpecialId("[SEP]"), maxTokens),
            _ => throw new ModelManifestException(manifestFile, "inputFormat",
                $"'{format}' is not one of pair-sep, bert-pair, sentence-embeddings"),
        };
    }

    public InspectorInput Encode(string prompt, string response)
    {
        var (p, r) = PairTruncation.Apply(_tokenizer.Encode(prompt), _tokenizer.Encode(response), _maxTokens - 3);
        var ids = new int[p.Count + r.Count + 3];
        var types = new int[ids.Length];
        ids[0] = _start;
        p.CopyTo(ids, 1);
        ids[p.Count + 1] = _middle;
        r.CopyTo(ids, p.Count + 2);
        ids[^1] = _end;
        types.AsSpan(p.Count + 2).Fill(1);
        return new InspectorInput(ids, types);
    }
}
