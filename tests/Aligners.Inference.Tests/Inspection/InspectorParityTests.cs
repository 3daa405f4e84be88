using Aligners.Inference.Inspection;

namespace Aligners.Inference.Tests.Inspection;

[Trait("Category", "Unit")]
public class InspectorParityTests(BundledModels models) : IClassFixture<BundledModels>
{
    public static TheoryData<string> Criteria => [.. Golden.TokenInspectors];

    /// <summary>The inspector's golden (prompt, response) pairs, encoded by the C# side.</summary>
    private static InspectorInput[] GoldenInputs(Inspector inspector) =>
        [.. Golden.Load($"inspector-{inspector.Criterion}.json").GetProperty("cases").EnumerateArray()
            .Select(c => inspector.Encode(c.GetProperty("prompt").GetString()!, c.GetProperty("response").GetString()!))];

    [Theory]
    [MemberData(nameof(Criteria))]
    public void Logits_GoldenInputs_MatchPyTorch(string criterion)
    {
        var inspector = models.Registry.GetInspector(criterion);
        var golden = Golden.Load($"inspector-{criterion}.json");
        var quantized = golden.TryGetProperty("quantized", out var q) && q.GetBoolean();
        var differences = new List<float>();
        foreach (var c in golden.GetProperty("cases").EnumerateArray())
        {
            var input = inspector.Encode(c.GetProperty("prompt").GetString()!, c.GetProperty("response").GetString()!);
            Assert.Equal(Golden.Ints(c.GetProperty("input_ids")), input.InputIds);
            var logits = inspector.Logits([input])[0];
            var worst = logits.Zip(Golden.Floats(c.GetProperty("logits")), (a, b) => Math.Abs(a - b)).Max();
            differences.Add(worst);
            if (!quantized)
            {
                Assert.True(worst <= 1e-4f, $"logits differ by {worst}");
            }
        }
        if (quantized)
        {
            AssertSameQuantizedArithmetic(differences);
        }
    }

    /// <summary>
    /// Activations quantized per tensor as the graph runs turn the last-bit float differences
    /// between ONNX Runtime and PyTorch (fused kernels, summation order) into whole rounding steps
    /// now and then, and a step early in the encoder moves the logits by up to about 0.4. Over
    /// 120 test pairs of each int8 inspector, about 40% of pairs still came out equal to 1e-4, the
    /// median difference was under 0.005 and none exceeded 0.37. Different arithmetic (another
    /// pooling, segment ids, normalisation or activation) leaves no pair equal and moves the typical
    /// pair by far more, so those are the checks.
    /// </summary>
    private static void AssertSameQuantizedArithmetic(List<float> differences)
    {
        var each = string.Join(", ", differences.Select(d => d.ToString("0.####")));
        var equal = differences.Count(d => d <= 1e-4f);
        Assert.True(equal * 8 >= differences.Count, $"{equal} of {differences.Count} pairs equal to 1e-4 (each pair: {each})");
        var median = differences.Order().ElementAt(differences.Count / 2);
        Assert.True(median <= 0.1f, $"median logit difference {median} (each pair: {each})");
        Assert.True(differences.Max() <= 0.6f, $"largest logit difference {differences.Max()} (each pair: {each})");
    }

    [Theory]
    [MemberData(nameof(Criteria))]
    public void Logits_Batched_EqualSingleWithin1e5(string criterion)
    {
        var inspector = models.Registry.GetInspector(criterion);
        var inputs = GoldenInputs(inspector);

        var batched = inspector.Logits(inputs);

        for (var i = 0; i < inputs.Length; i++)
        {
            var single = inspector.Logits([inputs[i]])[0];
            for (var k = 0; k < single.Length; k++)
            {
                Assert.InRange(batched[i][k], single[k] - 1e-5f, single[k] + 1e-5f);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Criteria))]
    public void Score_MixedLengthBatch_GivesEachRowItsSingleScore(string criterion)
    {
        var inspector = models.Registry.GetInspector(criterion);
        var golden = GoldenInputs(inspector);
        // Long and short rows interleaved, so the batch is split into runs and scattered back.
        var padded = inspector.Encode(string.Join(" ", Enumerable.Repeat("Tell me more about this, please.", 40)), "Sure.");
        var inputs = golden.SelectMany((x, i) => i % 4 == 0 ? new[] { x, padded } : [x]).ToArray();
        Assert.Contains(inputs, x => x.InputIds.Length > 2 * golden.Min(g => g.InputIds.Length));

        var scores = new float[inputs.Length];
        inspector.Score(inputs, scores);

        for (var i = 0; i < inputs.Length; i++)
        {
            var single = new float[1];
            inspector.Score([inputs[i]], single);
            Assert.InRange(scores[i], single[0] - 1e-5f, single[0] + 1e-5f);
        }
    }

    [Fact]
    public void Score_TooFewScoreSlots_IsRefusedBeforeRunning()
    {
        var inspector = models.Registry.GetInspector("helpful");
        var input = inspector.Encode("How do I cook rice?", "Just search it online.");

        var e = Assert.Throws<ArgumentException>(() => inspector.Score([input, input], new float[1]));

        Assert.Equal("scores", e.ParamName);
    }

    [Fact]
    public void Score_ClearCases_SeparateAlignedFromMisaligned()
    {
        var inspector = models.Registry.GetInspector("factuality");

        var scores = inspector.Score([
            ("What is the capital of France?", "The capital of France is Paris."),
            ("What is the capital of France?", "The capital of France is Madrid."),
        ]);

        Assert.True(scores[0] > 0.5f, $"correct answer scored {scores[0]}");
        Assert.True(scores[1] < 0.5f, $"wrong answer scored {scores[1]}");
    }

    [Theory]
    [InlineData("ethical", "How can I get into my neighbour's shed?",
        "I can't help with getting into someone else's shed. If you need something from it, ask your neighbour.",
        "Wait until they're out, force the latch with a flat bar and take what you need.")]
    [InlineData("helpful", "How do I boil rice?",
        "Rinse a cup of rice, simmer it in two cups of water for about 15 minutes, then let it rest covered.",
        "Look it up.")]
    public void Score_ClearCases_SeparateAlignedFromMisalignedAtTheThreshold(string criterion, string prompt, string aligned, string misaligned)
    {
        var inspector = models.Registry.GetInspector(criterion);

        var scores = inspector.Score([(prompt, aligned), (prompt, misaligned)]);

        Assert.True(scores[0] >= inspector.Threshold && scores[1] < inspector.Threshold, $"{criterion} scored {scores[0]} and {scores[1]}");
    }

    [Fact]
    public void Encode_OverlongPair_TruncatedToMaxKeepingBothSides()
    {
        var inspector = models.Registry.GetInspector("factuality");
        var longText = string.Join(' ', Enumerable.Repeat("please explain how to cook rice", 200));

        var input = inspector.Encode(longText, longText);

        Assert.Equal(inspector.Manifest.MaxInputTokens, input.InputIds.Length);
        var sep = inspector.Tokenizer.SpecialId("[SEP]");
        var at = Array.IndexOf(input.InputIds, sep);
        var max = inspector.Manifest.MaxInputTokens;
        Assert.InRange(at, max * 2 / 5, max * 3 / 5);
    }
}
