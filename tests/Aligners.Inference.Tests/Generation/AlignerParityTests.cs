using Aligners.Inference.Generation;

namespace Aligners.Inference.Tests.Generation;

[Trait("Category", "Unit")]
public class AlignerParityTests(BundledModels models) : IClassFixture<BundledModels>
{
    public static TheoryData<string> Criteria => [.. Golden.Criteria];

    [Theory]
    [MemberData(nameof(Criteria))]
    public void BuildPrompt_GoldenInputs_IdsIdenticalToPython(string criterion)
    {
        var aligner = models.Registry.GetAligner(criterion);
        foreach (var c in Golden.Load($"aligner-{criterion}.json").GetProperty("cases").EnumerateArray())
        {
            Assert.Equal(Golden.Ints(c.GetProperty("input_ids")),
                aligner.BuildPrompt(c.GetProperty("prompt").GetString()!, c.GetProperty("response").GetString()!));
        }
    }

    [Theory]
    [MemberData(nameof(Criteria))]
    public void FirstStepLogits_GoldenInputs_MatchPyTorchWithin1e4(string criterion)
    {
        var aligner = models.Registry.GetAligner(criterion);
        foreach (var c in Golden.Load($"aligner-{criterion}.json").GetProperty("cases").EnumerateArray())
        {
            var logits = aligner.FirstStepLogits(Golden.Ints(c.GetProperty("input_ids")));
            var expected = Golden.Floats(c.GetProperty("first_step_logits"));
            Assert.Equal(expected.Length, logits.Length);
            var worst = expected.Select((e, i) => Math.Abs(e - logits[i])).Max();
            Assert.True(worst <= 1e-4f, $"largest difference {worst}");
        }
    }

    [Theory]
    [MemberData(nameof(Criteria))]
    public void Generate_Greedy_TokensIdenticalToPyTorch(string criterion)
    {
        var aligner = models.Registry.GetAligner(criterion);
        var golden = Golden.Load($"aligner-{criterion}.json");
        var max = golden.GetProperty("max_new_tokens").GetInt32();
        foreach (var c in golden.GetProperty("cases").EnumerateArray())
        {
            var result = aligner.GenerateIds([Golden.Ints(c.GetProperty("input_ids"))], [new GenerationOptions { MaxNewTokens = max }])[0];
            Assert.Equal(Golden.Ints(c.GetProperty("greedy_ids")), result.TokenIds);
            Assert.Equal(c.GetProperty("greedy_text").GetString(), result.Text);
        }
    }

    [Theory]
    [MemberData(nameof(Criteria))]
    public void Generate_OneToken_ReportsItsLogProbabilityUnderPyTorchsLogits(string criterion)
    {
        var aligner = models.Registry.GetAligner(criterion);
        foreach (var c in Golden.Load($"aligner-{criterion}.json").GetProperty("cases").EnumerateArray().Where(c => c.GetProperty("greedy_ids").GetArrayLength() > 0))
        {
            var logits = Golden.Floats(c.GetProperty("first_step_logits"));
            var first = Golden.Ints(c.GetProperty("greedy_ids"))[0];
            var max = logits.Max();
            var expected = logits[first] - max - Math.Log(logits.Sum(l => Math.Exp(l - max)));

            var result = aligner.GenerateIds([Golden.Ints(c.GetProperty("input_ids"))], [new GenerationOptions { MaxNewTokens = 1 }])[0];

            Assert.Equal(expected, result.MeanLogProbability, 1e-3);
            Assert.True(result.MeanLogProbability < 0);
        }
    }

    [Theory]
    [MemberData(nameof(Criteria))]
    public void Generate_CacheKeptInBoundMemory_TokensIdenticalToPyTorch(string criterion)
    {
        // The I/O-binding path the CUDA build uses to keep the cache on the device, run here with host memory.
        var plain = models.Registry.GetAligner(criterion);
        var bound = new Aligner(plain.Manifest, plain.Decoder.Session, plain.Tokenizer, "model.json", Microsoft.ML.OnnxRuntime.OrtMemoryInfo.DefaultInstance);
        var golden = Golden.Load($"aligner-{criterion}.json");
        var max = golden.GetProperty("max_new_tokens").GetInt32();
        var cases = golden.GetProperty("cases").EnumerateArray().Take(4).ToList();

        var results = bound.GenerateIds([.. cases.Select(c => Golden.Ints(c.GetProperty("input_ids")))], [.. cases.Select(_ => new GenerationOptions { MaxNewTokens = max })]);

        Assert.NotNull(bound.Decoder.CacheMemory);
        for (var i = 0; i < cases.Count; i++)
        {
            Assert.Equal(Golden.Ints(cases[i].GetProperty("greedy_ids")), results[i].TokenIds);
        }
    }

    [Fact]
    public void GenerateBatch_LeftPaddedRows_EqualSingleGenerations()
    {
        var aligner = models.Registry.GetAligner("factuality");
        var inputs = Golden.Load("aligner-factuality.json").GetProperty("cases").EnumerateArray()
            .Select(c => new AlignerInput(c.GetProperty("prompt").GetString()!, c.GetProperty("response").GetString()!)).ToList();

        var batched = aligner.GenerateBatch(inputs);

        Assert.True(inputs.Count >= 4, "the golden file should hold several cases");
        Assert.Equal(inputs.Count, batched.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            var single = aligner.Generate(inputs[i].Prompt, inputs[i].Response);
            Assert.Equal(single.TokenIds, batched[i].TokenIds);
        }
        Assert.True(batched.Select(b => b.OutputTokens).Distinct().Count() > 1, "rows should stop at different lengths");
    }
}
