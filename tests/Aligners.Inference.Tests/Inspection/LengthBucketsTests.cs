using Aligners.Inference.Inspection;

namespace Aligners.Inference.Tests.Inspection;

[Trait("Category", "Unit")]
public class LengthBucketsTests
{
    [Fact]
    public void Next_EqualLengths_StayInOneRun()
    {
        Assert.Equal(5, LengthBuckets.Next([40, 40, 40, 40, 40], 0));
    }

    [Fact]
    public void Next_LongRowAfterShortOnes_StartsANewRun()
    {
        int[] lengths = [10, 11, 12, 200];

        Assert.Equal(3, LengthBuckets.Next(lengths, 0));
        Assert.Equal(1, LengthBuckets.Next(lengths, 3));
    }

    [Fact]
    public void Next_EveryRun_KeepsPaddingWithinTheShare()
    {
        var rng = new Random(11);
        var lengths = Enumerable.Range(0, 500).Select(_ => rng.Next(1, 257)).Order().ToArray();

        var covered = 0;
        for (var start = 0; start < lengths.Length;)
        {
            var count = LengthBuckets.Next(lengths, start);
            var run = lengths.AsSpan(start, count);
            var real = 0L;
            foreach (var l in run)
            {
                real += l;
            }
            Assert.True(count == 1 || (double)run[^1] * count <= (1 + LengthBuckets.MaxPaddingShare) * real,
                $"run at {start} of {count} rows pads {run[^1] * count} tokens for {real}");
            covered += count;
            start += count;
        }
        Assert.Equal(lengths.Length, covered);
    }
}
