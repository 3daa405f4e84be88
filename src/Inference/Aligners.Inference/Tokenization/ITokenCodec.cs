namespace Aligners.Inference.Tokenization;

/// <summary>
/// The text-to-ids engine behind a <see cref="TextTokenizer"/>: Microsoft.ML.Tokenizers for
/// SentencePiece models and WordPiece or BPE vocabularies, Hugging Face's own library for
/// <c>tokenizer.json</c>. Implementations are immutable and safe to share between threads.
/// </summary>
internal interface ITokenCodec : IDisposable
{
    /// <summary>Ids of <paramref name="text"/> without any added special tokens.</summary>
    IReadOnlyList<int> Encode(string text);

    /// <summary>Text of <paramref name="ids"/>.</summary>
    string Decode(IEnumerable<int> ids);

    /// <summary>Token text to id, where the tokenizer exposes its vocabulary.</summary>
    IReadOnlyDictionary<string, int>? Vocabulary { get; }
}
