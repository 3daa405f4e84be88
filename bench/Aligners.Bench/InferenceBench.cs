using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aligners.Inference.Execution;
using Aligners.Inference.Generation;
using Aligners.Inference.Inspection;
using Aligners.Inference.Models;
using Microsoft.ML.OnnxRuntime;

namespace Aligners.Bench;

/// <summary>
/// Inference throughput: the token inspector's pairs/s by batch size, micro-batched concurrent callers against
/// one-at-a-time calls, aligner decode tokens/s, the library's cost over a bare session run, and
/// the PyTorch originals of the same weights on the same token ids and thread count.
/// </summary>
internal static class InferenceBench
{
    public static async Task<JsonObject> RunAsync(string modelsDir, string goldenDir, int threads, bool spinning, string device, string? python, string trainingDir)
    {
        var execution = new ExecutionOptions { IntraOpThreads = threads, InterOpThreads = 1, AllowSpinning = spinning, Device = device };
        using var registry = ModelRegistry.Load(modelsDir, execution);
        // The token inspector: its PyTorch original and a bare session run read the same token ids.
        var inspector = registry.GetInspector("factuality");
        var aligner = registry.GetAligner("helpful");
        var pairs = Golden.Pairs(goldenDir);
        var encoded = pairs.Select(p => inspector.Encode(p.Prompt, p.Response)).ToArray();
        var result = new JsonObject { ["device"] = device, ["threads"] = threads, ["spinning"] = spinning };

        // One pair's latency, the figure the inspector's latency target is about.
        var single = new float[1];
        var one = new[] { encoded[0] };
        var latencies = Enumerable.Range(0, 200).Select(_ =>
        {
            var t = Stopwatch.GetTimestamp();
            inspector.Score(one, single);
            return Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        }).Skip(20).ToList();
        result["inspectorLatencyMsP50"] = Math.Round(Measure.Percentile(latencies, 0.5), 3);

        // Inspector pairs/s at batch 1, 8 and 32, from token ids, like the PyTorch side.
        var inspect = new JsonObject();
        foreach (var batch in new[] { 1, 8, 32 })
        {
            var inputs = Enumerable.Range(0, 32).Select(i => encoded[i % encoded.Length]).ToArray();
            var scores = new float[batch];
            var seconds = Measure.MedianSeconds(() =>
            {
                for (var i = 0; i < inputs.Length; i += batch)
                {
                    inspector.Score(inputs.AsSpan(i, batch), scores);
                }
            });
            inspect[batch.ToString()] = Math.Round(inputs.Length / seconds, 1);
        }
        result["inspectorPairsPerSecond"] = inspect;

        // The library's cost over a bare InferenceSession.Run on the same 32-pair batch. The rows share
        // one length so that both sides do the same work (the library would split a mixed batch), and
        // the trials alternate so that drift in the machine's speed hits both sides alike.
        var uniform = Enumerable.Repeat(encoded.OrderBy(e => e.InputIds.Length).ElementAt(encoded.Length / 2), 32).ToArray();
        var scores32 = new float[32];
        using var bare = new BareInspectorRun(inspector, uniform, execution, modelsDir);
        var (libSeconds, bareSeconds) = Measure.Alternating(
            () => { for (var r = 0; r < 20; r++) { inspector.Score(uniform, scores32); } },
            () => { for (var r = 0; r < 20; r++) { bare.Run(); } });
        result["libraryOverBareRun"] = new JsonObject
        {
            ["batch"] = 32,
            ["tokensPerRow"] = uniform[0].InputIds.Length,
            ["librarySeconds"] = Math.Round(libSeconds / 20, 6),
            ["bareSeconds"] = Math.Round(bareSeconds / 20, 6),
            ["overheadPercent"] = Math.Round((libSeconds - bareSeconds) / bareSeconds * 100, 1),
        };

        // 64 concurrent single-pair callers through the micro-batcher (always batching, and in its
        // default auto mode, which batches only where its calibration says it pays), against the
        // same 64 calls one at a time.
        var callers = Enumerable.Range(0, 64).Select(i => pairs[i % pairs.Count]).ToArray();
        var sequential = Measure.MedianSeconds(() =>
        {
            foreach (var c in callers)
            {
                inspector.Score([c]);
            }
        });
        var micro = new JsonObject { ["oneAtATimePairsPerSecond"] = Math.Round(64 / sequential, 1) };
        foreach (var mode in new[] { "on", "auto" })
        {
            await using var batcher = new InspectorBatcher(inspector, new BatchingOptions { Mode = mode, MaxBatchSize = 32, MaxWaitMilliseconds = 2 });
            var concurrent = await Measure.MedianSecondsAsync(() => Task.WhenAll(callers.Select(c => Task.Run(() => batcher.ScoreAsync(c.Prompt, c.Response)))));
            micro[mode] = new JsonObject
            {
                ["batches"] = batcher.Batches,
                ["calibration"] = batcher.Calibration is { } cal
                    ? new JsonObject { ["singleMs"] = cal.SingleMilliseconds, ["batchedPerPairMs"] = cal.BatchedPerPairMilliseconds }
                    : null,
                ["concurrentPairsPerSecond"] = Math.Round(64 / concurrent, 1),
                ["speedup"] = Math.Round(sequential / concurrent, 2),
            };
        }
        result["microBatching"] = micro;

        // Aligner decode tokens/s: greedy, 64 new tokens, stop tokens off so every row runs the full length.
        var prompts = pairs.Select(p => aligner.BuildPrompt(p.Prompt, p.Response)).ToArray();
        var decode = new JsonObject();
        foreach (var batch in new[] { 1, 8 })
        {
            var rows = prompts.Take(batch).ToArray();
            var settings = rows.Select(_ => new RowSettings(64, new HashSet<int>(), GenerationOptions.Greedy)).ToArray();
            var decodeSeconds = new List<double>();
            for (var trial = 0; trial < 7; trial++)
            {
                using var loop = new GenerationLoop(aligner.Decoder, rows, settings);
                var produced = new List<int>();
                while (loop.Advance(produced))
                {
                }
                if (trial >= 2)
                {
                    decodeSeconds.Add(loop.Timings().DecodeMilliseconds / 1000);
                }
            }
            // The first token comes from the prefill; the decode phase makes the other 63 per row.
            decode[batch.ToString()] = Math.Round(batch * 63 / Measure.Median(decodeSeconds), 1);
        }
        result["alignerDecodeTokensPerSecond"] = decode;

        if (python is not null)
        {
            result["pytorch"] = await PyTorchAsync(python, trainingDir, modelsDir, threads, encoded, prompts);
        }
        return result;
    }

    private static async Task<JsonNode?> PyTorchAsync(string python, string trainingDir, string modelsDir, int threads,
        InspectorInput[] encoded, int[][] prompts)
    {
        var input = Path.GetTempFileName();
        await File.WriteAllTextAsync(input, JsonSerializer.Serialize(new
        {
            inspector = encoded.Select(e => e.InputIds).ToArray(),
            aligner = prompts,
        }));
        var info = new ProcessStartInfo(python) { WorkingDirectory = trainingDir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-m", "aligners_training.pytorch_baseline", "--models", modelsDir, "--inputs", input, "--threads", threads.ToString() })
        {
            info.ArgumentList.Add(a);
        }
        info.Environment["OPENBLAS_NUM_THREADS"] = threads.ToString();
        info.Environment["OMP_NUM_THREADS"] = threads.ToString();
        using var p = Process.Start(info)!;
        var stdout = await p.StandardOutput.ReadToEndAsync();
        var stderr = await p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        File.Delete(input);
        return p.ExitCode == 0 ? JsonNode.Parse(stdout) : new JsonObject { ["error"] = stderr[^Math.Min(stderr.Length, 2000)..] };
    }
}

/// <summary>The benchmark inputs: the golden files' prompts and responses.</summary>
internal static class Golden
{
    public static List<(string Prompt, string Response)> Pairs(string goldenDir) =>
        [.. new[] { "ethical", "factuality", "helpful" }.SelectMany(c =>
            JsonDocument.Parse(File.ReadAllText(Path.Combine(goldenDir, $"aligner-{c}.json"))).RootElement.GetProperty("cases").EnumerateArray()
                .Select(e => (e.GetProperty("prompt").GetString()!, e.GetProperty("response").GetString()!)))];
}
