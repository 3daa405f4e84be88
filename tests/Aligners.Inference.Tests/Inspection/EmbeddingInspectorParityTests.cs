using Aligners.Inference.Execution;
using Aligners.Inference.Inspection;

namespace Aligners.Inference.Tests.Inspection;

/// <summary>
/// Inspectors on the pretrained sentence encoder's embeddings (the ethical and helpful heads, kept in
/// <c>tests/models</c> as runners-up to the cross-encoders) against their golden files: the C#
/// features (the packaged encoder through ONNX Runtime, Microsoft.ML's WordPiece) against PyTorch's,
/// and the head's logits against PyTorch's on the same features.
/// </summary>
[Trait("Category", "Unit")]
public class EmbeddingInspectorParityTests(EmbeddingHeadModels models) : IClassFixture<EmbeddingHeadModels>
{
    public static TheoryData<string> Criteria => ["ethical", "helpful"];

    private static IEnumerable<System.Text.Json.JsonElement> Cases(string criterion) =>
        System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.TestModels, $"inspector-{criterion}-head", "golden.json")))
            .RootElement.GetProperty("cases").EnumerateArray();

    [Theory]
    [MemberData(nameof(Criteria))]
    public void Logits_OfPyTorchsFeatures_MatchPyTorchWithin1e4(string criterion)
    {
        var inspector = models.Registry.GetInspector(criterion);
        foreach (var c in Cases(criterion))
        {
            var logits = inspector.LogitsOfFeatures(Golden.Floats(c.GetProperty("features")), 1, out _);
            var expected = Golden.Floats(c.GetProperty("logits"));
            for (var k = 0; k < expected.Length; k++)
            {
                Assert.InRange(logits[k], expected[k] - 1e-4f, expected[k] + 1e-4f);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Criteria))]
    public void Features_OfTheGoldenPairs_MatchPyTorchsWithin2e3(string criterion)
    {
        foreach (var c in Cases(criterion))
        {
            var features = models.Registry.Features!.Build([(c.GetProperty("prompt").GetString()!, c.GetProperty("response").GetString()!)]);
            var expected = Golden.Floats(c.GetProperty("features"));
            Assert.Equal(expected.Length, features.Length);
            for (var k = 0; k < expected.Length; k++)
            {
                Assert.InRange(features[k], expected[k] - 2e-3f, expected[k] + 2e-3f);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Criteria))]
    public void Score_Batched_EqualsEachPairScoredAlone(string criterion)
    {
        var inspector = models.Registry.GetInspector(criterion);
        var inputs = Cases(criterion).Select(c => inspector.Encode(c.GetProperty("prompt").GetString()!, c.GetProperty("response").GetString()!)).ToArray();

        var batched = new float[inputs.Length];
        inspector.Score(inputs, batched);

        for (var i = 0; i < inputs.Length; i++)
        {
            var single = new float[1];
            inspector.Score([inputs[i]], single);
            Assert.InRange(batched[i], single[0] - 1e-5f, single[0] + 1e-5f);
        }
    }

    [Fact]
    public void Score_ClearCases_SeparateAlignedFromMisaligned()
    {
        var helpful = models.Registry.GetInspector("helpful");

        var h = helpful.Score([
            ("How do I boil rice?", "Rinse a cup of rice, simmer it in two cups of water for about 15 minutes, then let it rest covered."),
            ("How do I boil rice?", "Look it up."),
        ]);

        Assert.True(h[0] >= helpful.Threshold && h[1] < helpful.Threshold, $"helpful scored {h[0]} and {h[1]}");
    }
}

/// <summary>A registry of the embedding heads in <c>tests/models</c>, for one test class.</summary>
public sealed class EmbeddingHeadModels : IDisposable
{
    public ModelRegistry Registry { get; } = ModelRegistry.Load(RepositoryPaths.TestModels, new ExecutionOptions());

    public void Dispose() => Registry.Dispose();
}
