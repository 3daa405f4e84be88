using System.Diagnostics;

namespace Aligners.Bench;

/// <summary>Timing: warm up, then the median of several trials.</summary>
internal static class Measure
{
    /// <summary>Median seconds of <paramref name="trials"/> runs of <paramref name="body"/> after <paramref name="warmup"/> runs.</summary>
    public static double MedianSeconds(Action body, int warmup = 2, int trials = 5)
    {
        for (var i = 0; i < warmup; i++)
        {
            body();
        }
        var times = new List<double>();
        for (var i = 0; i < trials; i++)
        {
            var t = Stopwatch.GetTimestamp();
            body();
            times.Add(Stopwatch.GetElapsedTime(t).TotalSeconds);
        }
        return Median(times);
    }

    /// <summary>Median seconds of <paramref name="a"/> and of <paramref name="b"/>, their trials interleaved.</summary>
    public static (double A, double B) Alternating(Action a, Action b, int warmup = 2, int trials = 9)
    {
        var times = (A: new List<double>(), B: new List<double>());
        for (var i = 0; i < warmup + trials; i++)
        {
            var t = Stopwatch.GetTimestamp();
            a();
            var ta = Stopwatch.GetElapsedTime(t).TotalSeconds;
            t = Stopwatch.GetTimestamp();
            b();
            var tb = Stopwatch.GetElapsedTime(t).TotalSeconds;
            if (i >= warmup)
            {
                times.A.Add(ta);
                times.B.Add(tb);
            }
        }
        return (Median(times.A), Median(times.B));
    }

    public static async Task<double> MedianSecondsAsync(Func<Task> body, int warmup = 2, int trials = 5)
    {
        for (var i = 0; i < warmup; i++)
        {
            await body();
        }
        var times = new List<double>();
        for (var i = 0; i < trials; i++)
        {
            var t = Stopwatch.GetTimestamp();
            await body();
            times.Add(Stopwatch.GetElapsedTime(t).TotalSeconds);
        }
        return Median(times);
    }

    public static double Median(IEnumerable<double> values) => Percentile(values, 0.5);

    public static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return double.NaN;
        }
        var rank = p * (sorted.Count - 1);
        var lo = (int)Math.Floor(rank);
        var hi = (int)Math.Ceiling(rank);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
    }
}
