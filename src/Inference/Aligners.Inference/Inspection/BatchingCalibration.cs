using System.Diagnostics;

namespace Aligners.Inference.Inspection;

/// <summary>
/// Whether batching pays for an inspector on the device it runs on: times runs of one pair and of
/// eight, a few of each after a warm-up, and says yes when eight pairs in one run cost less than
/// half of eight single runs. On a small CPU the answer is no (one pair already keeps the cores
/// busy, measured in docs/performance.md); on a GPU a batch costs about as much as one pair.
/// </summary>
public static class BatchingCalibration
{
    /// <summary>The measured per-pair costs and the decision.</summary>
    public sealed record Result(double SingleMilliseconds, double BatchedPerPairMilliseconds, bool Pays);

    /// <summary>Measures <paramref name="inspector"/>.</summary>
    public static Result Measure(Inspector inspector)
    {
        var pair = inspector.Encode("What is the capital of France?", "The capital of France is Paris, on the Seine.");
        InspectorInput[] one = [pair];
        var eight = Enumerable.Repeat(pair, 8).ToArray();
        var scores = new float[8];
        inspector.Score(one, scores);
        inspector.Score(eight, scores);
        var single = Median(() => inspector.Score(one, scores));
        var batched = Median(() => inspector.Score(eight, scores)) / 8;
        return new Result(Math.Round(single, 3), Math.Round(batched, 3), batched < single * 0.5);
    }

    private static double Median(Action run)
    {
        var times = new double[5];
        for (var i = 0; i < times.Length; i++)
        {
            var t = Stopwatch.GetTimestamp();
            run();
            times[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        }
        Array.Sort(times);
        return times[times.Length / 2];
    }
}
