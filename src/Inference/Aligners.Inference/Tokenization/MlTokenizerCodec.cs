using Microsoft.ML.Tokenizers;

namespace Aligners.Inference.Tokenization;

/// <summary>A Microsoft.ML.Tokenizers tokenizer: SentencePiece models and byte-level BPE vocabularies.</summary>
internal sealed class MlTokenizerCodec(Tokenizer inner) : ITokenCodec
{
    public IReadOnlyList<int> Encode(string text) => inner.EncodeToIds(text);

    public string Decode(IEnumerable<int> ids) => inner.Decode(ids) ?? "";

    public IReadOnlyDictionary<string, int>? Vocabulary => inner switch
    {
        SentencePieceTokenizer sp => sp.Vocabulary,
        CodeGenTokenizer cg => cg.Vocabulary,
        _ => null,
    };

    public void Dispose()
    {
    }
}
