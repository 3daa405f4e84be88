using Aligners.Inference.Tokenization;

namespace Aligners.Inference.Tests.Tokenization;

[Trait("Category", "Unit")]
public class TokenizerLoaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("aligners-tok-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Load_WordPieceVocab_EncodesWithoutAddedSpecialTokens()
    {
        File.WriteAllLines(Path.Combine(_dir, "vocab.txt"), ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "the", "cap", "##ital", "of", "france", "is", "paris", "."]);
        var spec = new ManifestTokenizer
        {
            Type = "wordpiece", File = "vocab.txt", LowerCase = true, Pad = "[PAD]", Unk = "[UNK]",
            SpecialTokens = new() { ["[CLS]"] = 2, ["[SEP]"] = 3 },
        };

        var tokenizer = TokenizerLoader.Load(spec, _dir, "m.json");

        Assert.Equal([5, 6, 7, 8, 9, 10, 11, 12], tokenizer.Encode("The capital of France is Paris."));
        Assert.Equal(0, tokenizer.PadId);
        Assert.Equal(3, tokenizer.SpecialId("[SEP]"));
    }

    [Fact]
    public void Load_ByteLevelBpe_EncodesWithMerges()
    {
        // GPT-2 byte-level alphabet: a space is 'Ġ'.
        File.WriteAllText(Path.Combine(_dir, "vocab.json"),
            """{"h":0,"i":1,"Ġ":2,"t":3,"e":4,"r":5,"hi":6,"Ġt":7,"Ġth":8,"er":9,"Ġther":10,"<|endoftext|>":11}""");
        File.WriteAllText(Path.Combine(_dir, "merges.txt"), "#version: 0.2\nh i\nĠ t\nĠt h\ne r\nĠth er\n");
        var spec = new ManifestTokenizer
        {
            Type = "bpe", File = "vocab.json", Merges = "merges.txt", Eos = "<|endoftext|>",
            SpecialTokens = new() { ["<|endoftext|>"] = 11 },
        };

        var tokenizer = TokenizerLoader.Load(spec, _dir, "m.json");

        Assert.Equal([6, 10, 4], tokenizer.Encode("hi there"));
        Assert.Equal(11, tokenizer.EosId);
    }

    [Fact]
    public void Load_MissingMergesFile_NamesTheField()
    {
        File.WriteAllText(Path.Combine(_dir, "vocab.json"), "{}");
        var spec = new ManifestTokenizer { Type = "bpe", File = "vocab.json", Merges = "nope.txt" };

        var e = Assert.Throws<ModelManifestException>(() => TokenizerLoader.Load(spec, _dir, "m.json"));

        Assert.Equal("tokenizer.merges", e.Field);
    }

    [Fact]
    public void Load_CorruptSentencePieceModel_SaysItDoesNotLoad()
    {
        File.WriteAllText(Path.Combine(_dir, "bad.model"), "not a protobuf");
        var spec = new ManifestTokenizer { Type = "sentencepiece", File = "bad.model" };

        var e = Assert.Throws<ModelManifestException>(() => TokenizerLoader.Load(spec, _dir, "m.json"));

        Assert.Equal("tokenizer.file", e.Field);
        Assert.Contains("does not load", e.Problem);
    }
}
