using Aligners.Inference.Generation;

namespace Aligners.Inference.Tests.Generation;

[Trait("Category", "Unit")]
public class AlignerBehaviourTests(BundledModels models) : IClassFixture<BundledModels>
{
    private const string Prompt = "How do I cook rice?";
    private const string Response = "Just search it online.";

    [Fact]
    public async Task StreamAsync_YieldsTheGreedyTokensAndText()
    {
        var aligner = models.Registry.GetAligner("helpful");
        var expected = aligner.Generate(Prompt, Response);

        var tokens = new List<GeneratedToken>();
        await foreach (var t in aligner.StreamAsync(Prompt, Response))
        {
            tokens.Add(t);
        }

        Assert.Equal(expected.TokenIds, tokens.Select(t => t.Id));
        Assert.Equal(expected.Text, string.Concat(tokens.Select(t => t.Text)));
    }

    [Fact]
    public async Task StreamAsync_Cancelled_StopsWithinOneStep()
    {
        var aligner = models.Registry.GetAligner("helpful");
        using var cts = new CancellationTokenSource();
        var received = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in aligner.StreamAsync(Prompt, Response, new GenerationOptions { MaxNewTokens = 64 }, cts.Token))
            {
                received++;
                if (received == 3)
                {
                    cts.Cancel();
                }
            }
        });

        Assert.Equal(3, received);
    }

    [Fact]
    public void Generate_CancelledToken_Throws()
    {
        var aligner = models.Registry.GetAligner("ethical");
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => aligner.Generate(Prompt, Response, null, cts.Token));
    }

    [Fact]
    public void Generate_MaxNewTokens_StopsForLength()
    {
        var aligner = models.Registry.GetAligner("helpful");

        var r = aligner.Generate(Prompt, Response, new GenerationOptions { MaxNewTokens = 3 });

        Assert.Equal(3, r.OutputTokens);
        Assert.Equal(FinishReason.Length, r.FinishReason);
    }

    [Fact]
    public void Generate_SamplingWithSeed_IsReproducibleAndSeedsDiffer()
    {
        var aligner = models.Registry.GetAligner("helpful");
        // A trained aligner is confident: only a flattened distribution with the whole vocabulary in the
        // nucleus makes different seeds likely to pick different tokens.
        GenerationOptions Sampled(int seed) => new() { Temperature = 2.5f, TopP = 1f, Seed = seed, MaxNewTokens = 24 };

        var a = aligner.Generate(Prompt, Response, Sampled(7));
        var b = aligner.Generate(Prompt, Response, Sampled(7));
        var others = Enumerable.Range(100, 5).Select(s => aligner.Generate(Prompt, Response, Sampled(s)).TokenIds).ToList();

        Assert.Equal(a.TokenIds, b.TokenIds);
        Assert.Contains(others, o => !o.SequenceEqual(a.TokenIds));
    }

    [Fact]
    public void Generate_ReportsTokenCountsAndTimings()
    {
        var aligner = models.Registry.GetAligner("factuality");

        var r = aligner.Generate("What is the capital of Peru?", "The capital of Peru is Oslo.");

        Assert.Equal(aligner.BuildPrompt("What is the capital of Peru?", "The capital of Peru is Oslo.").Length, r.InputTokens);
        Assert.Equal(r.TokenIds.Count, r.OutputTokens);
        Assert.Equal(FinishReason.Stop, r.FinishReason);
        Assert.True(r.Timings.PrefillMilliseconds > 0 && r.Timings.DecodeMilliseconds > 0);
    }

    [Fact]
    public void Generate_InvalidOptions_AreRefused()
    {
        var aligner = models.Registry.GetAligner("factuality");

        Assert.Throws<ArgumentOutOfRangeException>(() => aligner.Generate(Prompt, Response, new GenerationOptions { TopP = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => aligner.Generate(Prompt, Response, new GenerationOptions { MaxNewTokens = 0 }));
    }
}
