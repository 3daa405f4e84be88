using System.Diagnostics;
using System.Text.Json.Nodes;
using Aligners.Inference.Embedding;
using Aligners.Inference.Execution;
using Aligners.Inference.Refusals;

namespace Aligners.Bench;

/// <summary>
/// The cost of weighing a prompt against <see cref="HarmCategories.Descriptions"/>, which the ethical
/// flag rule asks for on every answer the model passes: <see cref="SentenceEncoder.Similarities"/>
/// with the catalogue's embeddings kept, beside the catalogue embedded again with each prompt (how
/// it was before they were kept), the two interleaved prompt by prompt in one process.
/// </summary>
internal static class HarmWeighingBench
{
    public static JsonObject Run(string goldenDir, int threads, int prompts)
    {
        using var encoder = SentenceEncoder.Load(AppContext.BaseDirectory, new ExecutionOptions { IntraOpThreads = threads, InterOpThreads = 1 });
        var texts = GoldenPrompts(goldenDir).Take(prompts).ToList();
        var first = Stopwatch.GetTimestamp();
        encoder.Similarities(texts[0], HarmCategories.Descriptions);
        var firstMs = Stopwatch.GetElapsedTime(first).TotalMilliseconds;
        var kept = new List<double>();
        var again = new List<double>();
        foreach (var prompt in texts)
        {
            var t = Stopwatch.GetTimestamp();
            encoder.Similarities(prompt, HarmCategories.Descriptions);
            kept.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            t = Stopwatch.GetTimestamp();
            encoder.Embed([prompt, .. HarmCategories.Descriptions]);
            again.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
        return new JsonObject
        {
            ["threads"] = threads,
            ["prompts"] = texts.Count,
            ["descriptions"] = HarmCategories.Descriptions.Count,
            ["firstCallMs"] = Math.Round(firstMs, 1),
            ["keptP50Ms"] = Math.Round(Measure.Percentile(kept, 0.5), 2),
            ["keptP95Ms"] = Math.Round(Measure.Percentile(kept, 0.95), 2),
            ["embeddedAgainP50Ms"] = Math.Round(Measure.Percentile(again, 0.5), 1),
            ["embeddedAgainP95Ms"] = Math.Round(Measure.Percentile(again, 0.95), 1),
        };
    }

    private static IEnumerable<string> GoldenPrompts(string goldenDir) =>
        new[] { "ethical", "factuality", "helpful" }.SelectMany(c =>
            System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(goldenDir, $"aligner-{c}.json"))).RootElement.GetProperty("cases")
                .EnumerateArray().Select(e => e.GetProperty("prompt").GetString()!));
}
