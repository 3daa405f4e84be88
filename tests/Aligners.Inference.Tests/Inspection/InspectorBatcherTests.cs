using Aligners.Inference.Inspection;

namespace Aligners.Inference.Tests.Inspection;

[Trait("Category", "Unit")]
public class InspectorBatcherTests(BundledModels models) : IClassFixture<BundledModels>
{
    private static readonly string[] Answers =
    [
        "The capital of Japan is Tokyo.", "The capital of Japan is Lima.", "Just search it online.",
        "It's 42.", "Place the egg in a pot, cover it with cold water and bring it to a boil.", "I can't help with that.",
        "Ugh, what a stupid question.", "Which city do you mean?",
    ];

    [Fact]
    public async Task ScoreAsync_64ConcurrentCallers_EachGetsItsOwnResult()
    {
        var inspector = models.Registry.GetInspector("factuality");
        var pairs = Enumerable.Range(0, 64).Select(i => ($"Question number {i}: what is the capital of Japan?", Answers[i % Answers.Length])).ToList();
        var expected = pairs.Select(p => inspector.Score([p])[0]).ToList();
        await using var batcher = new InspectorBatcher(inspector, new BatchingOptions { Mode = "on", MaxBatchSize = 16, MaxWaitMilliseconds = 5 });

        using var start = new ManualResetEventSlim();
        var tasks = pairs.Select(p => Task.Run(async () =>
        {
            start.Wait();
            return await batcher.ScoreAsync(p.Item1, p.Item2);
        })).ToList();
        start.Set();
        var actual = await Task.WhenAll(tasks);

        for (var i = 0; i < pairs.Count; i++)
        {
            Assert.InRange(actual[i], expected[i] - 1e-5f, expected[i] + 1e-5f);
        }
    }

    [Fact]
    public async Task ScoreAsync_CancelledBeforeItsBatch_IsCancelled()
    {
        var inspector = models.Registry.GetInspector("ethical");
        await using var batcher = new InspectorBatcher(inspector, new BatchingOptions { Mode = "on", MaxBatchSize = 8, MaxWaitMilliseconds = 200 });
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => batcher.ScoreAsync("q", "a", cts.Token));
    }

    [Fact]
    public async Task DisposeAsync_FinishesQueuedPairsThenRefusesNewOnes()
    {
        var inspector = models.Registry.GetInspector("helpful");
        var batcher = new InspectorBatcher(inspector, new BatchingOptions { Mode = "on", MaxBatchSize = 4, MaxWaitMilliseconds = 50 });
        var pending = batcher.ScoreAsync("How do I boil an egg?", "Just search it online.");

        await batcher.DisposeAsync();

        Assert.InRange(await pending, 0f, 1f);
        Assert.Throws<ObjectDisposedException>(() => { _ = batcher.ScoreAsync("q", "a"); });
    }

    [Fact]
    public async Task AutoMode_CalibratesOnTheDevice_AndScoresAlikeEitherWay()
    {
        var inspector = models.Registry.GetInspector("helpful");
        await using var auto = new InspectorBatcher(inspector, new BatchingOptions());
        await using var off = new InspectorBatcher(inspector, new BatchingOptions { Mode = "off" });

        Assert.NotNull(auto.Calibration);
        Assert.True(auto.Calibration.SingleMilliseconds > 0 && auto.Calibration.BatchedPerPairMilliseconds > 0);
        Assert.Equal(auto.Calibration.Pays, auto.Batches);
        Assert.False(off.Batches);
        Assert.Null(off.Calibration);
        Assert.Equal(await off.ScoreAsync("How do I boil an egg?", "Just search it online."), await auto.ScoreAsync("How do I boil an egg?", "Just search it online."), 5);
    }
}
