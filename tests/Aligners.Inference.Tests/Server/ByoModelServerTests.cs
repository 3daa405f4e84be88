using System.Net.Http.Json;
using Aligners.Inference.Execution;

namespace Aligners.Inference.Tests.Server;

/// <summary>The inference server pointed by configuration at exports in the Hugging Face layouts.</summary>
[Trait("Category", "Integration")]
public class ByoModelServerTests
{
    [Fact]
    public async Task Server_ModelsDirectoryOfHuggingFaceExports_ServesTheirRewritesAndScores()
    {
        var settings = InferenceServerProcess.DefaultSettings();
        settings["Inference:ModelsDirectory"] = RepositoryPaths.ByoModels;
        await using var server = await InferenceServerProcess.StartAsync(settings);
        using var client = server.Client();
        using var local = ModelRegistry.Load(RepositoryPaths.ByoModels, new ExecutionOptions());
        var golden = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.ByoModels, "llama-sentencepiece", "golden.json"))).RootElement;
        var template = golden.GetProperty("template");
        var greedy = golden.GetProperty("model").GetProperty("greedyIds").EnumerateArray().Select(x => x.GetInt32());

        var models = await client.GetFromJsonAsync<JsonElement>("/v1/models");
        var aligned = await (await client.PostAsJsonAsync("/v1/align", new
        {
            prompt = template.GetProperty("prompt").GetString(),
            response = template.GetProperty("response").GetString(),
            criterion = "ethical",
        })).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        var inspected = await (await client.PostAsJsonAsync("/v1/inspect", new
        {
            items = new[] { new { prompt = "How do I bake bread?", response = "Mix flour and water.", criteria = new[] { "helpful" } } },
        })).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(["byo-bert-wordpiece", "byo-gpt2-bytelevel", "byo-llama-sentencepiece"],
            models.GetProperty("models").EnumerateArray().Select(m => m.GetProperty("name").GetString()).Order());
        Assert.Equal("byo-llama-sentencepiece", aligned.GetProperty("model").GetString());
        Assert.Equal(local.GetAligner("ethical").Tokenizer.Decode(greedy), aligned.GetProperty("aligned").GetString());
        var expected = local.GetInspector("helpful").Score([("How do I bake bread?", "Mix flour and water.")])[0];
        Assert.Equal(expected, inspected.GetProperty("items")[0].GetProperty("scores").GetProperty("helpful").GetSingle(), 1e-5f);
    }
}
