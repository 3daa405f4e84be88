using Aligners.Inference.Models;
using Microsoft.ML.Tokenizers;

namespace Aligners.Inference.Tokenization;

/// <summary>Loads the tokenizer a manifest describes, through Microsoft.ML.Tokenizers.</summary>
public static class TokenizerLoader
{
    /// <summary>
    /// Loads <paramref name="spec"/>, resolving files against <paramref name="baseDirectory"/>.
    /// Special tokens are checked against the vocabulary where the tokenizer exposes one.
    /// </summary>
    /// <exception cref="ModelManifestException">A file is missing, does not load, or a special token disagrees.</exception>
    public static TextTokenizer Load(ManifestTokenizer spec, string baseDirectory, string manifestFile)
    {
        string Resolve(string? rel, string field)
        {
            if (string.IsNullOrWhiteSpace(rel))
            {
                throw new ModelManifestException(manifestFile, field, "is required");
            }
            var path = Path.GetFullPath(Path.Combine(baseDirectory, rel));
            return File.Exists(path) ? path : throw new ModelManifestException(manifestFile, field, $"file '{path}' does not exist");
        }

        ITokenCodec inner;
        try
        {
            inner = spec.Type switch
            {
                "sentencepiece" => new MlTokenizerCodec(LoadSentencePiece(Resolve(spec.File, "tokenizer.file"))),
                "wordpiece" => HuggingFaceTokenizerCodec.FromWordPieceVocabulary(Resolve(spec.File, "tokenizer.file"),
                    spec.LowerCase, spec.Unk ?? "[UNK]"),
                "bpe" => new MlTokenizerCodec(LoadByteLevelBpe(Resolve(spec.File, "tokenizer.file"), Resolve(spec.Merges, "tokenizer.merges"))),
                "huggingface" => HuggingFaceTokenizerCodec.Load(Resolve(spec.File, "tokenizer.file")),
                _ => throw new ModelManifestException(manifestFile, "tokenizer.type",
                    $"'{spec.Type}' is not one of sentencepiece, wordpiece, bpe, huggingface"),
            };
        }
        catch (Exception e) when (e is not ModelManifestException)
        {
            var file = string.IsNullOrWhiteSpace(spec.File) ? "" : $" ('{Path.GetFullPath(Path.Combine(baseDirectory, spec.File))}')";
            throw new ModelManifestException(manifestFile, "tokenizer.file", $"the tokenizer{file} does not load: {e.Message}", e);
        }
        try
        {
            return Build(inner, spec, manifestFile);
        }
        catch
        {
            inner.Dispose();
            throw;
        }
    }

    private static TextTokenizer Build(ITokenCodec inner, ManifestTokenizer spec, string manifestFile)
    {
        var vocab = inner.Vocabulary;
        foreach (var (token, id) in spec.SpecialTokens)
        {
            if (vocab is not null && vocab.TryGetValue(token, out var actual) && actual != id)
            {
                throw new ModelManifestException(manifestFile, $"tokenizer.specialTokens.{token}",
                    $"is {id} in the manifest but {actual} in the tokenizer");
            }
        }

        int? Id(string? token, string field)
        {
            if (token is null)
            {
                return null;
            }
            if (spec.SpecialTokens.TryGetValue(token, out var id) || (vocab?.TryGetValue(token, out id) ?? false))
            {
                return id;
            }
            // Tokenizers without a public vocabulary (BERT): a special token encodes to its one id.
            if (vocab is null && inner.Encode(token) is [var single])
            {
                return single;
            }
            throw new ModelManifestException(manifestFile, field, $"token '{token}' is neither in tokenizer.specialTokens nor in the vocabulary");
        }

        return new TextTokenizer(inner, spec.SpecialTokens, Id(spec.Pad, "tokenizer.pad"), Id(spec.Bos, "tokenizer.bos"),
            Id(spec.Eos, "tokenizer.eos"), Id(spec.Unk, "tokenizer.unk"), collapseUnknownRuns: spec.Type == "sentencepiece");
    }

    private static SentencePieceTokenizer LoadSentencePiece(string path)
    {
        using var stream = File.OpenRead(path);
        return SentencePieceTokenizer.Create(stream, false, false);
    }

    private static Tokenizer LoadByteLevelBpe(string vocab, string merges)
    {
        using var v = File.OpenRead(vocab);
        using var m = File.OpenRead(merges);
        return CodeGenTokenizer.Create(v, m, false, false, false);
    }
}
