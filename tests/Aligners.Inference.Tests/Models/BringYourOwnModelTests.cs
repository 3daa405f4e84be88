using System.Text.Json.Nodes;
using Aligners.Inference.Execution;
using Aligners.Inference.Generation;

namespace Aligners.Inference.Tests.Models;

/// <summary>
/// The loaders on the file layouts real exports ship: a byte-level BPE and a SentencePiece-style
/// <c>tokenizer.json</c> with Optimum decoders, and a BERT classifier with a WordPiece <c>vocab.txt</c>.
/// The files and golden outputs come from Hugging Face's tokenizers library and PyTorch
/// (<c>training/byo/make.sh</c>).
/// </summary>
[Trait("Category", "Unit")]
public sealed class BringYourOwnModelTests : IDisposable
{
    private readonly ModelRegistry _registry = ModelRegistry.Load(RepositoryPaths.ByoModels, new ExecutionOptions());

    public void Dispose() => _registry.Dispose();

    private static JsonElement Golden(string folder) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.ByoModels, folder, "golden.json"))).RootElement;

    private static int[] Ints(JsonElement e) => [.. e.EnumerateArray().Select(x => x.GetInt32())];

    [Fact]
    public void Load_ByoFolder_RegistersBothDecodersAndTheClassifier()
    {
        Assert.Equal(["byo-bert-wordpiece", "byo-gpt2-bytelevel", "byo-llama-sentencepiece"], _registry.Models.Select(m => m.Name));
        Assert.Equal("byo-gpt2-bytelevel", _registry.GetAligner("helpful").Name);
        Assert.Equal("byo-llama-sentencepiece", _registry.GetAligner("ethical").Name);
        Assert.Equal("byo-bert-wordpiece", _registry.GetInspector("helpful").Name);
    }

    [Theory]
    [InlineData("helpful", "gpt2-bytelevel")]
    [InlineData("ethical", "llama-sentencepiece")]
    public void Tokenizer_ProbeTexts_IdsAndTextEqualHuggingFaceLibrary(string criterion, string folder)
    {
        var tokenizer = _registry.GetAligner(criterion).Tokenizer;
        foreach (var c in Golden(folder).GetProperty("cases").EnumerateArray())
        {
            var ids = tokenizer.Encode(c.GetProperty("text").GetString()!);
            Assert.Equal(Ints(c.GetProperty("ids")), ids);
            Assert.Equal(c.GetProperty("decoded").GetString(), tokenizer.Decode(ids));
        }
    }

    [Theory]
    [InlineData("helpful", "gpt2-bytelevel")]
    [InlineData("ethical", "llama-sentencepiece")]
    public void Decoder_TemplatePrompt_BuildsPythonIdsAndGreedyTokensEqualPyTorch(string criterion, string folder)
    {
        var aligner = _registry.GetAligner(criterion);
        var golden = Golden(folder);
        var template = golden.GetProperty("template");
        var model = golden.GetProperty("model");

        var prompt = aligner.BuildPrompt(template.GetProperty("prompt").GetString()!, template.GetProperty("response").GetString()!);
        var result = aligner.GenerateIds([prompt], [new GenerationOptions { MaxNewTokens = model.GetProperty("maxNewTokens").GetInt32() }])[0];

        Assert.Equal(Ints(model.GetProperty("promptIds")), prompt);
        Assert.Equal(Ints(model.GetProperty("greedyIds")), result.TokenIds);
        Assert.Equal(aligner.Tokenizer.Decode(result.TokenIds), result.Text);
    }

    [Fact]
    public void Classifier_WordPieceVocab_EncodesLikeHuggingFaceAndScoresLikePyTorch()
    {
        var inspector = _registry.GetInspector("helpful");
        var golden = Golden("bert-wordpiece");
        var model = golden.GetProperty("model");

        var input = inspector.Encode(model.GetProperty("prompt").GetString()!, model.GetProperty("response").GetString()!);
        var score = inspector.Score([(model.GetProperty("prompt").GetString()!, model.GetProperty("response").GetString()!)])[0];

        Assert.Equal(Ints(model.GetProperty("inputIds")), input.InputIds);
        Assert.Equal(Ints(model.GetProperty("tokenTypeIds")), input.TokenTypeIds);
        Assert.Equal(model.GetProperty("pAligned").GetSingle(), score, 1e-4f);
        foreach (var c in golden.GetProperty("cases").EnumerateArray())
        {
            Assert.Equal(Ints(c.GetProperty("ids")), inspector.Tokenizer.Encode(c.GetProperty("text").GetString()!));
        }
    }

    [Theory]
    [InlineData("missing", "does not exist")]
    [InlineData("truncated", "does not load")]
    [InlineData("not-a-tokenizer", "does not load")]
    public void Load_BrokenTokenizerJson_ErrorNamesManifestFieldAndFile(string damage, string problem)
    {
        var dir = Directory.CreateTempSubdirectory("aligners-byo-").FullName;
        try
        {
            var model = Path.Combine(dir, "gpt2-bytelevel");
            Directory.CreateDirectory(model);
            foreach (var f in Directory.GetFiles(Path.Combine(RepositoryPaths.ByoModels, "gpt2-bytelevel")))
            {
                File.Copy(f, Path.Combine(model, Path.GetFileName(f)));
            }
            var tokenizer = Path.Combine(model, "tokenizer.json");
            switch (damage)
            {
                case "missing": File.Delete(tokenizer); break;
                case "truncated": File.WriteAllText(tokenizer, File.ReadAllText(tokenizer)[..500]); break;
                default: File.WriteAllText(tokenizer, """{"model": {"type": "Nonsense", "vocab": {}}}"""); break;
            }

            var e = Assert.Throws<ModelManifestException>(() => ModelRegistry.Load(dir, new ExecutionOptions()).Dispose());

            Assert.Equal(Path.Combine(model, "model.json"), e.File);
            Assert.Equal("tokenizer.file", e.Field);
            Assert.Contains(problem, e.Problem);
            Assert.Contains(tokenizer, e.Message);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Load_SpecialTokenIdDisagreesWithTokenizerJson_NamesTheToken()
    {
        var dir = Directory.CreateTempSubdirectory("aligners-byo-").FullName;
        try
        {
            foreach (var f in Directory.GetFiles(Path.Combine(RepositoryPaths.ByoModels, "llama-sentencepiece")))
            {
                File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
            }
            var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "model.json")))!.AsObject();
            manifest["tokenizer"]!["specialTokens"]!["</s>"] = 7;
            File.WriteAllText(Path.Combine(dir, "model.json"), manifest.ToJsonString());

            var e = Assert.Throws<ModelManifestException>(() => ModelRegistry.Load(dir, new ExecutionOptions()).Dispose());

            Assert.Equal("tokenizer.specialTokens.</s>", e.Field);
            Assert.Contains("is 7 in the manifest but 2 in the tokenizer", e.Problem);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
