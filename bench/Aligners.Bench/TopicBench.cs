using System.Text.Json;
using System.Text.Json.Nodes;
using Aligners.Inference.Embedding;
using Aligners.Inference.Execution;

namespace Aligners.Bench;

/// <summary>
/// Calibrates the acceptance gate's topic floor: the sentence encoder's similarity of each golden
/// prompt with its own answers (the given response and the aligner's rewrite) against its
/// similarity with other prompts' answers. The floor should pass nearly every own answer and
/// refuse most unrelated ones.
/// </summary>
internal static class TopicBench
{
    public static JsonObject Run(string goldenDir)
    {
        using var encoder = SentenceEncoder.Load(AppContext.BaseDirectory, new ExecutionOptions());
        var cases = new[] { "ethical", "factuality", "helpful" }.SelectMany(c =>
            JsonDocument.Parse(File.ReadAllText(Path.Combine(goldenDir, $"aligner-{c}.json"))).RootElement.GetProperty("cases").EnumerateArray()
                .Select(e => (Prompt: e.GetProperty("prompt").GetString()!, Response: e.GetProperty("response").GetString()!, Rewrite: e.GetProperty("greedy_text").GetString()!)))
            .ToList();
        var own = new List<double>();
        var unrelated = new List<double>();
        var ownDrop = new List<double>();
        var unrelatedDrop = new List<double>();
        var rng = new Random(7);
        for (var i = 0; i < cases.Count; i++)
        {
            var other = cases[(i + 1 + rng.Next(cases.Count - 1)) % cases.Count];
            var s = encoder.Similarities(cases[i].Prompt, [cases[i].Response, cases[i].Rewrite, other.Rewrite]);
            own.Add(s[0]);
            own.Add(s[1]);
            unrelated.Add(s[2]);
            // The gate's second check: how much lower than the replaced text's is the rewrite's similarity.
            ownDrop.Add(s[0] - s[1]);
            unrelatedDrop.Add(s[0] - s[2]);
        }
        var result = new JsonObject { ["cases"] = cases.Count };
        foreach (var p in new[] { 0.01, 0.02, 0.05, 0.1, 0.5 })
        {
            result[$"own p{p * 100:0}"] = Math.Round(Measure.Percentile(own, p), 3);
        }
        foreach (var p in new[] { 0.5, 0.9, 0.95, 0.99 })
        {
            result[$"unrelated p{p * 100:0}"] = Math.Round(Measure.Percentile(unrelated, p), 3);
        }
        foreach (var floor in new[] { 0.1, 0.15, 0.2, 0.25, 0.3 })
        {
            result[$"floor {floor}: own refused"] = Math.Round(own.Count(x => x < floor) / (double)own.Count, 3);
            result[$"floor {floor}: unrelated refused"] = Math.Round(unrelated.Count(x => x < floor) / (double)unrelated.Count, 3);
        }
        foreach (var drop in new[] { 0.1, 0.2, 0.3, 0.4 })
        {
            result[$"max drop {drop}: own refused"] = Math.Round(ownDrop.Count(x => x > drop) / (double)ownDrop.Count, 3);
            result[$"max drop {drop}: unrelated refused"] = Math.Round(unrelatedDrop.Count(x => x > drop) / (double)unrelatedDrop.Count, 3);
        }
        foreach (var (floor, drop) in new[] { (0.05, 0.2), (0.1, 0.2), (0.05, 0.3), (0.1, 0.3), (0.15, 0.2) })
        {
            var ownRefused = Enumerable.Range(0, ownDrop.Count).Count(i => own[2 * i + 1] < floor || ownDrop[i] > drop);
            var unrelatedRefused = Enumerable.Range(0, unrelatedDrop.Count).Count(i => unrelated[i] < floor || unrelatedDrop[i] > drop);
            result[$"floor {floor} + drop {drop}: own rewrites refused"] = Math.Round(ownRefused / (double)ownDrop.Count, 3);
            result[$"floor {floor} + drop {drop}: unrelated refused"] = Math.Round(unrelatedRefused / (double)unrelatedDrop.Count, 3);
        }
        return result;
    }
}
