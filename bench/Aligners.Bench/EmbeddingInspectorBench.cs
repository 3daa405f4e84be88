using System.Diagnostics;
using System.Text.Json.Nodes;
using Aligners.Inference.Execution;
using Aligners.Inference.Models;

namespace Aligners.Bench;

/// <summary>
/// The inspectors on the sentence encoder (ethical, helpful): one pair's latency and pairs/s by
/// batch size, every pair new to the embedding cache (the cold cost a new answer pays), and the
/// second criterion of the same answer, which finds its embeddings cached.
/// </summary>
internal static class EmbeddingInspectorBench
{
    public static JsonObject Run(string modelsDir, string goldenDir, int threads)
    {
        var execution = new ExecutionOptions { IntraOpThreads = threads, InterOpThreads = 1 };
        using var registry = ModelRegistry.Load(modelsDir, execution);
        var ethical = registry.GetInspector("ethical");
        var helpful = registry.GetInspector("helpful");
        var golden = Golden.Pairs(goldenDir);
        var serial = 0;
        // Every call gets texts the cache has never seen: a number makes each pair new.
        (string, string) Fresh() { var (p, r) = golden[serial % golden.Count]; serial++; return ($"{p} ({serial})", $"{r} ({serial})"); }
        var result = new JsonObject { ["threads"] = threads, ["pairs"] = golden.Count };
        ethical.Score([Fresh()]);

        var latencies = Enumerable.Range(0, 220).Select(_ =>
        {
            var pair = Fresh();
            var t = Stopwatch.GetTimestamp();
            ethical.Score([pair]);
            return Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        }).Skip(20).ToList();
        result["onePairMsP50"] = Math.Round(Measure.Percentile(latencies, 0.5), 3);
        result["onePairMsP95"] = Math.Round(Measure.Percentile(latencies, 0.95), 3);

        var cached = Enumerable.Range(0, 220).Select(_ =>
        {
            var pair = Fresh();
            ethical.Score([pair]);
            var t = Stopwatch.GetTimestamp();
            helpful.Score([pair]);
            return Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        }).Skip(20).ToList();
        result["secondCriterionSameAnswerMsP50"] = Math.Round(Measure.Percentile(cached, 0.5), 3);

        var rates = new JsonObject();
        foreach (var batch in new[] { 1, 8, 32 })
        {
            var seconds = Measure.MedianSeconds(() =>
            {
                for (var i = 0; i < 64; i += batch)
                {
                    ethical.Score([.. Enumerable.Range(0, batch).Select(_ => Fresh())]);
                }
            });
            rates[batch.ToString()] = Math.Round(64 / seconds, 1);
        }
        result["pairsPerSecond"] = rates;
        return result;
    }
}
