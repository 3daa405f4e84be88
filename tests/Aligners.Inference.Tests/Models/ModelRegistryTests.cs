using System.Text.Json.Nodes;
using Aligners.Inference.Execution;

namespace Aligners.Inference.Tests.Models;

[Trait("Category", "Unit")]
public class ModelRegistryTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("aligners-models-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Copies one token inspector (or <paramref name="source"/>) and the tokenizer, then edits the copy's manifest.</summary>
    private string CopyInspector(Action<JsonObject>? edit = null, string name = "inspector-factuality", string source = "inspector-factuality", string? sourceRoot = null)
    {
        CopyDirectory(Path.Combine(RepositoryPaths.Models, "tokenizer"), Path.Combine(_dir, "tokenizer"));
        var target = Path.Combine(_dir, name);
        CopyDirectory(Path.Combine(sourceRoot ?? RepositoryPaths.Models, source), target);
        var file = Path.Combine(target, "model.json");
        var manifest = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        manifest["name"] = name;
        edit?.Invoke(manifest);
        File.WriteAllText(file, manifest.ToJsonString());
        return file;
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.GetFiles(from))
        {
            File.Copy(f, Path.Combine(to, Path.GetFileName(f)), overwrite: true);
        }
    }

    private ModelManifestException LoadFails()
    {
        var e = Assert.ThrowsAny<InferenceException>(() => ModelRegistry.Load(_dir, new ExecutionOptions()).Dispose());
        return Assert.IsType<ModelManifestException>(e);
    }

    [Fact]
    public void Load_BundledModels_ExposesInspectorsAndAlignersByCriterion()
    {
        using var registry = ModelRegistry.Load(RepositoryPaths.Models, new ExecutionOptions());

        Assert.Equal(["ethical", "factuality", "helpful"], registry.Criteria);
        Assert.Equal(3, registry.Aligners.Count);
        Assert.Equal(6, registry.Models.Count);
        Assert.All(registry.Models, m => Assert.Matches("^[0-9a-f]{64}$", m.Sha256));
        Assert.Equal("inspector-factuality", registry.GetInspector("factuality").Name);
        Assert.Throws<InferenceException>(() => registry.GetAligner("concise"));
    }

    [Fact]
    public void Load_ShaMismatch_NamesFileAndField()
    {
        var file = CopyInspector(m => m["sha256"] = new string('0', 64));

        var e = LoadFails();

        Assert.Equal(file, e.File);
        Assert.Equal("sha256", e.Field);
        Assert.Contains(file, e.Message);
    }

    [Fact]
    public void Load_MissingOnnxFile_NamesField()
    {
        CopyInspector(m => m["onnx"] = "missing.onnx");

        Assert.Equal("onnx", LoadFails().Field);
    }

    [Fact]
    public void Load_InputNotInGraph_NamesTheInput()
    {
        CopyInspector(m => m["io"]!["inputs"] = new JsonArray("input_ids", "attention_mask", "token_type_ids"));

        var e = LoadFails();

        Assert.Equal("io.inputs[2]", e.Field);
        Assert.Contains("token_type_ids", e.Problem);
    }

    [Fact]
    public void Load_OutputNotInGraph_NamesTheOutput()
    {
        CopyInspector(m => m["io"]!["outputs"] = new JsonArray("scores"));

        Assert.Equal("io.outputs[0]", LoadFails().Field);
    }

    [Theory]
    [InlineData("kind", "\"classifier\"")]
    [InlineData("schemaVersion", "2")]
    [InlineData("threshold", "1.5")]
    [InlineData("criterion", "\"Not A Slug\"")]
    [InlineData("maxInputTokens", "0")]
    [InlineData("inputFormat", "\"triple\"")]
    public void Load_BadField_NamesIt(string field, string json)
    {
        CopyInspector(m => m[field] = JsonNode.Parse(json));

        Assert.Equal(field, LoadFails().Field);
    }

    [Theory]
    [InlineData("0.5", "confidenceFloor")]
    [InlineData("\"unsure\"", "$.confidenceFloor")]
    public void Load_AlignerConfidenceFloorAboveZeroOrNotANumber_NamesIt(string json, string field)
    {
        CopyInspector();
        CopyDirectory(Path.Combine(RepositoryPaths.Models, "aligner"), Path.Combine(_dir, "aligner"));
        CopyInspector(m => m["confidenceFloor"] = JsonNode.Parse(json), "aligner-ethical", "aligner-ethical");

        Assert.Equal(field, LoadFails().Field);
    }

    [Fact]
    public void Load_NegativeRowsPerRun_NamesIt()
    {
        CopyInspector(m => m["io"]!["rowsPerRun"] = -1);

        var e = LoadFails();

        Assert.Equal("io.rowsPerRun", e.Field);
        Assert.Contains("-1", e.Problem);
    }

    [Fact]
    public void Load_EmbeddingInspectorWithTokenInputs_IsRefused()
    {
        CopyInspector(m => m["io"]!["inputs"] = new JsonArray("input_ids", "attention_mask"), "inspector-helpful", "inspector-helpful-head", RepositoryPaths.TestModels);

        var e = LoadFails();

        Assert.Equal("io.inputs", e.Field);
        Assert.Contains("features", e.Problem);
    }

    [Fact]
    public void Load_EmbeddingInspector_LoadsWithoutATokenizerAndReadsNoTokens()
    {
        CopyInspector(name: "inspector-helpful", source: "inspector-helpful-head", sourceRoot: RepositoryPaths.TestModels);

        using var registry = ModelRegistry.Load(_dir, new ExecutionOptions());

        var inspector = registry.GetInspector("helpful");
        Assert.True(inspector.ReadsEmbeddings);
        Assert.NotNull(registry.Features);
        Assert.Throws<InferenceException>(() => inspector.Tokenizer);
    }

    [Fact]
    public void Load_UnknownTokenizerType_NamesField()
    {
        CopyInspector(m => m["tokenizer"]!["type"] = "tiktoken");

        Assert.Equal("tokenizer.type", LoadFails().Field);
    }

    [Fact]
    public void Load_SpecialTokenIdDisagreesWithTokenizer_NamesTheToken()
    {
        CopyInspector(m => m["tokenizer"]!["specialTokens"]!["[SEP]"] = 5);

        Assert.Equal("tokenizer.specialTokens.[SEP]", LoadFails().Field);
    }

    [Fact]
    public void Load_MalformedJson_NamesTheFile()
    {
        var file = CopyInspector();
        File.WriteAllText(file, "{ \"name\": ");

        var e = LoadFails();

        Assert.Equal(file, e.File);
    }

    [Fact]
    public void Load_TwoInspectorsForOneCriterion_IsRefused()
    {
        CopyInspector();
        CopyInspector(name: "inspector-factuality-2");

        Assert.Equal("criterion", LoadFails().Field);
    }

    [Fact]
    public void Load_MissingDirectory_SaysWhichSetting()
    {
        var e = Assert.Throws<InferenceException>(() => ModelRegistry.Load(Path.Combine(_dir, "nope"), new ExecutionOptions()));

        Assert.Contains("does not exist", e.Message);
    }

    [Fact]
    public void Load_CudaInCpuBuild_FailsWithBuildHint()
    {
        CopyInspector();

        var e = Assert.Throws<InferenceException>(() => ModelRegistry.Load(_dir, new ExecutionOptions { Device = "cuda" }));

        Assert.Contains("UseCuda", e.Message);
    }

    [Fact]
    public void Load_WithSpinning_ScoresLikeTheDefault()
    {
        CopyInspector();
        using var spinning = ModelRegistry.Load(_dir, new ExecutionOptions { IntraOpThreads = 2, AllowSpinning = true });
        using var sleeping = ModelRegistry.Load(_dir, new ExecutionOptions { IntraOpThreads = 2, AllowSpinning = false });
        (string, string)[] pairs = [("Insult my coworker Sam.", "Sam is a worthless idiot."), ("How do I boil an egg?", "Put it in boiling water for 8 minutes.")];

        var expected = spinning.GetInspector("factuality").Score(pairs);
        var actual = sleeping.GetInspector("factuality").Score(pairs);

        Assert.Equal(expected, actual);
    }
}
