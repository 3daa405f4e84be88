using System.Diagnostics;
using System.Text.Json.Nodes;
using Aligners.Inference.Execution;
using Aligners.Inference.Models;

namespace Aligners.Bench;

/// <summary>
/// The inspectors on the pretrained sentence encoder (ethical as a fine-tuned cross-encoder, helpful
/// as a head on embeddings): one pair's latency and pairs/s by batch size, every pair new (and so
/// new to the embedding cache): the cost a new answer pays.
/// </summary>
internal static class EmbeddingInspectorBench
{
    public static JsonObject Run(string modelsDir, string goldenDir, int threads)
    {
        var execution = new ExecutionOptions { IntraOpThreads = threads, InterOpThreads = 1 };
        using var registry = ModelRegistry.Load(modelsDir, execution);
        var golden = Golden.Pairs(goldenDir);
        var serial = 0;
        // Every call gets texts never seen before: a number makes each pair new.
        (string, string) Fresh() { var (p, r) = golden[serial % golden.Count]; serial++; return ($"{p} ({serial})", $"{r} ({serial})"); }
        var result = new JsonObject { ["threads"] = threads, ["pairs"] = golden.Count };
        foreach (var criterion in new[] { "ethical", "helpful" })
        {
            var inspector = registry.GetInspector(criterion);
            inspector.Score([Fresh()]);
            var latencies = Enumerable.Range(0, 220).Select(_ =>
            {
                var pair = Fresh();
                var t = Stopwatch.GetTimestamp();
                inspector.Score([pair]);
                return Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            }).Skip(20).ToList();
            var rates = new JsonObject();
            foreach (var batch in new[] { 1, 8, 32 })
            {
                var seconds = Measure.MedianSeconds(() =>
                {
                    for (var i = 0; i < 64; i += batch)
                    {
                        inspector.Score([.. Enumerable.Range(0, batch).Select(_ => Fresh())]);
                    }
                });
                rates[batch.ToString()] = Math.Round(64 / seconds, 1);
            }
            result[criterion] = new JsonObject
            {
                ["kind"] = inspector.ReadsEmbeddings ? "embedding head" : "cross-encoder",
                ["onePairMsP50"] = Math.Round(Measure.Percentile(latencies, 0.5), 3),
                ["onePairMsP95"] = Math.Round(Measure.Percentile(latencies, 0.95), 3),
                ["pairsPerSecond"] = rates,
            };
        }
        return result;
    }
}
