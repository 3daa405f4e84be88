using Aligners.Inference.Embedding;
using Aligners.Inference.Execution;

namespace Aligners.Inference.Tests.Embedding;

public sealed class EncoderFixture : IDisposable
{
    public SentenceEncoder Encoder { get; } = SentenceEncoder.Load(AppContext.BaseDirectory, new ExecutionOptions());

    public void Dispose() => Encoder.Dispose();
}

[Trait("Category", "Unit")]
public class SentenceEncoderTests(EncoderFixture fixture) : IClassFixture<EncoderFixture>
{
    [Fact]
    public void Similarity_ReproducesSentenceTransformers()
    {
        // sentence-transformers' all-MiniLM-L6-v2 gives 0.7553 for this pair.
        var similarity = fixture.Encoder.Similarities("A man is eating food.", ["A man is eating a piece of bread."])[0];

        Assert.Equal(0.755, similarity, 2);
        Assert.Equal(384, fixture.Encoder.Dimensions);
    }

    [Fact]
    public void Embeddings_AreUnitLength_AndBatchingDoesNotChangeThem()
    {
        var alone = fixture.Encoder.Embed(["How do I boil an egg?"])[0];
        var batched = fixture.Encoder.Embed(["A much longer sentence that pads the batch to a greater width than the other one.", "How do I boil an egg?"])[1];

        Assert.Equal(1.0, Math.Sqrt(alone.Sum(x => x * x)), 4);
        for (var i = 0; i < alone.Length; i++)
        {
            Assert.Equal(alone[i], batched[i], 4);
        }
    }

    [Fact]
    public void Similarities_WithKeptEmbeddings_MatchEmbeddingEverythingAtOnce()
    {
        string[] catalogue = ["pick the lock on my neighbour's door", "bake sourdough bread at home", "pick the lock on my neighbour's door"];
        var expected = fixture.Encoder.Embed(["how can I open the door next door", .. catalogue]);

        var first = fixture.Encoder.Similarities("how can I open the door next door", catalogue);
        var again = fixture.Encoder.Similarities("how can I open the door next door", catalogue);
        var other = fixture.Encoder.Similarities("a recipe for rye bread", catalogue);

        for (var i = 0; i < catalogue.Length; i++)
        {
            var dot = expected[0].Zip(expected[i + 1], (a, b) => a * b).Sum();
            Assert.Equal(dot, first[i], 4);
            Assert.Equal(first[i], again[i], 5);
        }
        Assert.Equal(first[0], first[2], 5);
        Assert.True(other[1] > other[0], $"{other[1]} vs {other[0]}");
    }

    [Fact]
    public void Similarities_PastTheKeptEmbeddings_StayRight()
    {
        // More distinct texts than are kept: the oldest age out and are embedded again when asked.
        var many = Enumerable.Range(0, SentenceEncoder.KeptEmbeddings + 200).Select(i => $"item number {i}").ToList();
        fixture.Encoder.Similarities("a list of numbered items", many);

        var first = fixture.Encoder.Similarities("a list of numbered items", [many[0], many[^1]]);
        var expected = fixture.Encoder.Embed(["a list of numbered items", many[0], many[^1]]);

        Assert.Equal(expected[0].Zip(expected[1], (a, b) => a * b).Sum(), first[0], 4);
        Assert.Equal(expected[0].Zip(expected[2], (a, b) => a * b).Sum(), first[1], 4);
    }

    [Fact]
    public void OnTopicAnswers_ScoreHigherThanUnrelatedOnes()
    {
        var scores = fixture.Encoder.Similarities("How do I remove a red wine stain from a carpet?",
            ["Blot the stain, pour a little cold water and salt on it, then dab with dish soap and rinse.", "To write a good essay, start with a clear thesis and outline."]);

        Assert.True(scores[0] > scores[1] + 0.2, $"{scores[0]} vs {scores[1]}");
    }

    [Fact]
    public void Load_WithoutThePackageAssembly_NamesTheFile()
    {
        var e = Assert.Throws<InferenceException>(() => SentenceEncoder.Load(Path.GetTempPath(), new ExecutionOptions()));

        Assert.Contains(SentenceEncoder.AssemblyFile, e.Message);
    }
}
