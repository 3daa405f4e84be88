using Aligners.Inference.Inspection;

namespace Aligners.Inference.Tests.Inspection;

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
        var cases = golden.GetProperty("cases").EnumerateArray().ToList();
        foreach (var c in cases)
        {
            var input = inspector.Encode(c.GetProperty("prompt").GetString()!, c.GetProperty("response").GetString()!);
            Assert.Equal(Golden.Ints(c.GetProperty("input_ids")), input.InputIds);
            var logits = inspector.Logits([input])[0];
            var expected = Golden.Floats(c.GetProperty("logits"));
            var worst = logits.Zip(expected, (a, b) => Math.Abs(a - b)).Max();
            differences.Add(worst);
            if (quantized)
            {
                // A value that lands on the other side of a rounding step moves the logits a little,
                // never the probability by more than 0.01.
                Assert.True(Math.Abs(Softmax(logits, 1) - Softmax(expected, 1)) <= 0.01f,
                    $"P(aligned) {Softmax(logits, 1)} against PyTorch's {Softmax(expected, 1)}: logits [{string.Join(", ", logits)}] against [{string.Join(", ", expected)}]");
            }
            else
            {
                Assert.True(worst <= 1e-4f, $"logits differ by {worst}");
            }
        }
        // The same arithmetic, not merely a close one: the typical pair comes out as in PyTorch
        // (quantizing the model moved its logits by up to tenths).
        var median = differences.Order().ElementAt(differences.Count / 2);
        Assert.True(median <= 1e-2f, $"median logit difference {median} (each pair: {string.Join(", ", differences)})");
    }

    private static float Softmax(float[] logits, int index)
    {
        var max = logits.Max();
        return MathF.Exp(logits[index] - max) / logits.Sum(l => MathF.Exp(l - max));
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
