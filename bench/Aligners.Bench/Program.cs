using System.CommandLine;
using System.Text.Json;
using Aligners.Bench;

// bench inference [--threads N] [--spinning] [--device cuda]  |  bench orchestration [--instances N] [--concurrency N]  |  bench sync [--requests N]  |  bench facts  |  bench privacy [--scans N]  |  bench thresholds --criterion C --sets A.jsonl B.jsonl  |  bench rules --criterion C --sets A.jsonl B.jsonl [--scores F]  |  bench refusals --sets A.jsonl B.jsonl  |  bench harm [--threads N] [--prompts N]
var threads = new Option<int>("--threads") { DefaultValueFactory = _ => Environment.ProcessorCount, Description = "Threads for ONNX Runtime and PyTorch" };
var python = new Option<string>("--python") { DefaultValueFactory = _ => "/usr/bin/python3", Description = "Python with Debian's torch" };
var output = new Option<FileInfo?>("--output") { Description = "Also write the JSON here" };
var spinning = new Option<bool>("--spinning") { Description = "ONNX Runtime threads spin between runs (Execution:AllowSpinning=true)" };
var device = new Option<string>("--device") { DefaultValueFactory = _ => "cpu", Description = "cpu, or cuda in a build made with -p:UseCuda=true" };
var noPytorch = new Option<bool>("--no-pytorch") { Description = "Skip the PyTorch side (machines without Debian's torch)" };
var inference = new Command("inference", "Inspector and aligner throughput, library overhead, PyTorch eager side by side.") { threads, spinning, device, python, noPytorch, output };
inference.SetAction(async (r, ct) => Write(await InferenceBench.RunAsync(BenchPaths.Models, BenchPaths.Golden, r.GetValue(threads), r.GetValue(spinning),
    r.GetValue(device)!, r.GetValue(noPytorch) ? null : r.GetValue(python)!, Path.Combine(BenchPaths.Root, "training")), r.GetValue(output)));

var instances = new Option<int>("--instances") { DefaultValueFactory = _ => 1000 };
var concurrency = new Option<int>("--concurrency") { DefaultValueFactory = _ => 16, Description = "Instances kept in flight" };
var orchestration = new Command("orchestration", "Instances on the Durable Task engine on Azurite with the bundled models.") { instances, concurrency, output };
orchestration.SetAction(async (r, ct) => Write(await OrchestrationBench.RunEngineAsync(BenchPaths.Golden, r.GetValue(instances),
    r.GetValue(concurrency)), r.GetValue(output)));

var requests = new Option<int>("--requests") { DefaultValueFactory = _ => 100 };
var sync = new Command("sync", "POST /api/align one at a time through the local host: the caller's wait beyond the models.") { requests, output };
sync.SetAction(async (r, ct) => Write(await OrchestrationBench.RunSyncAsync(BenchPaths.Golden, r.GetValue(requests)), r.GetValue(output)));

var inspectors = new Command("inspectors", "The inspectors on the sentence encoder: latency and pairs/s with a cold embedding cache.") { threads, output };
inspectors.SetAction(r => Write(EmbeddingInspectorBench.Run(BenchPaths.Models, BenchPaths.Golden, r.GetValue(threads)), r.GetValue(output)));
var scans = new Option<int>("--scans") { DefaultValueFactory = _ => 400, Description = "Scans of the one-answer text (fewer for the longer ones)" };
var privacy = new Command("privacy", "The privacy scanner on a 300-word answer and at 10x and 40x its length.") { scans, output };
privacy.SetAction(r => Write(PrivacyBench.Run(r.GetValue(scans)), r.GetValue(output)));
var topic = new Command("topic", "Calibrates the acceptance gate's topic floor on the golden pairs.") { output };
topic.SetAction((r, ct) => Task.FromResult(Write(TopicBench.Run(BenchPaths.Golden), r.GetValue(output))));
var criterion = new Option<string>("--criterion") { DefaultValueFactory = _ => "helpful", Description = "ethical or helpful" };
var recallTarget = new Option<double>("--recall") { DefaultValueFactory = _ => 0.85, Description = "The recall the threshold must keep, pooled over the sets" };
var sets = new Option<FileInfo[]>("--sets") { Required = true, AllowMultipleArgumentsPerToken = true, Description = "Evaluation sets already measured (eval's case format)" };
var thresholds = new Command("thresholds", "Recall and false flags by threshold on measured evaluation sets, pooled.") { criterion, recallTarget, sets, output };
thresholds.SetAction(r => Write(ThresholdBench.Run(BenchPaths.Models, r.GetValue(criterion)!, r.GetValue(recallTarget), r.GetValue(sets)!), r.GetValue(output)));
var scoresCache = new Option<FileInfo?>("--scores") { Description = "The model's scores by case: read where the file exists, else written there" };
var thresholdOverride = new Option<double?>("--threshold") { Description = "A threshold to try in place of the shipped model's" };
var rules = new Command("rules", "Recall and good answers flagged per set and pooled, the inspector alone and with InspectionRules.") { criterion, sets, scoresCache, thresholdOverride, output };
rules.SetAction(r => Write(RuleBench.Run(BenchPaths.Models, r.GetValue(criterion)!, r.GetValue(sets)!, r.GetValue(scoresCache), r.GetValue(thresholdOverride)), r.GetValue(output)));
var noInspector = new Option<bool>("--no-inspector") { Description = "Skip the ethical inspector's flags (the catalogue alone)" };
var refusals = new Command("refusals", "The refusal aligner's decision and the gate's topic checks on every ethical case and good answer of measured sets.") { sets, noInspector, output };
refusals.SetAction(r => Write(RefusalBench.Run(BenchPaths.Models, r.GetValue(sets)!, !r.GetValue(noInspector)), r.GetValue(output)));
var promptCount = new Option<int>("--prompts") { DefaultValueFactory = _ => 200, Description = "Golden prompts weighed" };
var harm = new Command("harm", "Weighing a prompt against the harm catalogue: kept embeddings beside embedding it again.") { threads, promptCount, output };
harm.SetAction(r => Write(HarmWeighingBench.Run(BenchPaths.Golden, r.GetValue(threads), r.GetValue(promptCount)), r.GetValue(output)));
var facts = new Command("facts", "The fact checker's cost by text length, on ordinary and adversarial text.") { output };
facts.SetAction(r => Write(FactCheckerBench.Run(BenchPaths.Golden), r.GetValue(output)));

return await new RootCommand("Aligners benchmarks; results go to docs/performance.md.") { inference, inspectors, orchestration, sync, topic, thresholds, rules, refusals, harm, facts, privacy }.Parse(args).InvokeAsync();

static int Write(System.Text.Json.Nodes.JsonObject result, FileInfo? output)
{
    var text = result.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    Console.WriteLine(text);
    if (output is not null)
    {
        File.WriteAllText(output.FullName, text);
    }
    return 0;
}
