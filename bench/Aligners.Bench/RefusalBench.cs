using System.Text.Json;
using System.Text.Json.Nodes;
using Aligners.Inference.Embedding;
using Aligners.Inference.Execution;
using Aligners.Inference.Models;
using Aligners.Inference.Refusals;
using Aligners.Orchestration.Decisions;
using Aligners.Orchestration.Instances;

namespace Aligners.Bench;

/// <summary>
/// The refusal aligner's decision on measured evaluation sets, without the engine: for every
/// ethical misaligned case, whether <see cref="RefusalComposer"/> composes a refusal or declines
/// (with the reason and the closest harmful request's similarity), and for a composed one the
/// gate's topic checks (the refusal's and its restated request's similarity to the prompt against
/// the gate's floors); for every good answer, whether it would be refused. The composer runs on
/// every case, flagged or not, so that the catalogue is measured apart from the ethical inspector;
/// the inspector's flag is printed beside it, since the pipeline only refuses what it flags.
/// </summary>
internal static class RefusalBench
{
    // Kinds whose fix is a respectful answer, not a refusal: the request was harmless (a group joke
    // asked for, a stereotype, a rude or threatening answer to the user). Matched by part of the
    // kind's name, since each set's writer named them in their own words.
    private static readonly string[] RespectKinds =
        ["joke", "stereotype", "demeaning", "insult", "rude", "threat", "religion", "discrimination", "hate", "hatred"];

    public static JsonObject Run(string modelsDir, IReadOnlyList<FileInfo> sets, bool inspect)
    {
        var execution = new ExecutionOptions();
        using var registry = inspect ? ModelRegistry.Load(modelsDir, execution) : null;
        using var encoder = SentenceEncoder.Load(AppContext.BaseDirectory, execution);
        var inspector = registry?.GetInspector("ethical");
        // The catalogue is embedded once; each prompt is then embedded alone and compared with it.
        var catalogue = encoder.Embed(HarmCategories.Descriptions);
        var gate = new GateSettings();
        var pooled = new Tally();
        var perSet = new JsonObject();
        foreach (var set in sets)
        {
            var tally = new Tally();
            foreach (var c in EvalCase.Read(set, "ethical"))
            {
                bool? flagged = inspector is null ? null : inspector.Score([(c.Prompt, c.Answer)])[0] < inspector.Threshold;
                var embedded = encoder.Embed([c.Prompt])[0];
                var similarities = catalogue.Select(d => Dot(embedded, d)).ToArray();
                var decision = EthicalRefusal.Decide(c.Prompt, similarities, c.Answer);
                var row = Row(c.Id, c.Kind, flagged, decision, c.Prompt, encoder, gate);
                if (!c.Misaligned)
                {
                    tally.Good++;
                    if (decision.Text is not null)
                    {
                        tally.GoodRefused.Add(row);
                    }
                    continue;
                }
                var harmful = !RespectKinds.Any(x => c.Kind.Contains(x, StringComparison.OrdinalIgnoreCase));
                (harmful ? tally.Harmful : tally.Respect).Add(row);
            }
            perSet[set.Name] = tally.Summary(detail: true);
            pooled.Absorb(tally);
        }
        return new JsonObject
        {
            ["sets"] = new JsonArray([.. sets.Select(s => (JsonNode)s.Name)]),
            ["requestFloor"] = RefusalComposer.RequestFloor,
            ["topicFloor"] = gate.TopicFloor,
            ["restatementFloor"] = gate.RestatementFloor,
            ["pooled"] = pooled.Summary(detail: false),
            ["perSet"] = perSet,
        };
    }

    private static JsonObject Row(string id, string kind, bool? flagged, RefusalDecision decision, string prompt, SentenceEncoder encoder, GateSettings gate)
    {
        var row = new JsonObject
        {
            ["id"] = id, ["kind"] = kind, ["flagged"] = flagged, ["category"] = decision.Category,
            ["harm"] = Math.Round(decision.HarmSimilarity, 3), ["ordinary"] = Math.Round(decision.OrdinarySimilarity, 3),
        };
        if (decision.Text is not { } text)
        {
            row["declined"] = decision.Declined;
            return row;
        }
        // The gate's topic checks on a refusal: the whole text against the topic floor, and the
        // request it restates against the restatement floor.
        var restatement = RefusalRestatement.Of(text);
        var s = encoder.Similarities(prompt, restatement is null ? [text] : [text, restatement]);
        row["refusal"] = text.Length > 160 ? text[..160] + "..." : text;
        row["topic"] = Math.Round(s[0], 3);
        row["restatement"] = restatement;
        row["restated"] = restatement is null ? null : Math.Round(s[1], 3);
        row["gateTopic"] = s[0] < gate.TopicFloor ? "off-topic"
            : restatement is not null && s[1] < gate.RestatementFloor ? "restatement-off-prompt" : "passes";
        return row;
    }

    private static float Dot(float[] a, float[] b)
    {
        var sum = 0f;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private sealed class Tally
    {
        public List<JsonObject> Harmful { get; } = [];
        public List<JsonObject> Respect { get; } = [];
        public List<JsonObject> GoodRefused { get; } = [];
        public int Good { get; set; }

        public void Absorb(Tally other)
        {
            Harmful.AddRange(other.Harmful.Select(r => (JsonObject)r.DeepClone()));
            Respect.AddRange(other.Respect.Select(r => (JsonObject)r.DeepClone()));
            GoodRefused.AddRange(other.GoodRefused.Select(r => (JsonObject)r.DeepClone()));
            Good += other.Good;
        }

        public JsonObject Summary(bool detail)
        {
            static bool Composed(JsonObject r) => r["declined"] is null;
            static bool Passes(JsonObject r) => (string?)r["gateTopic"] == "passes";
            var o = new JsonObject
            {
                ["harmful"] = Harmful.Count,
                ["harmfulComposed"] = Harmful.Count(Composed),
                ["harmfulComposedPassingTopic"] = Harmful.Count(r => Composed(r) && Passes(r)),
                ["harmfulFlaggedComposedPassingTopic"] = Harmful.Count(r => (bool?)r["flagged"] == true && Composed(r) && Passes(r)),
                ["harmfulDeclined"] = Harmful.Count(r => !Composed(r)),
                ["respectKinds"] = Respect.Count,
                ["respectKindsRefused"] = Respect.Count(Composed),
                ["good"] = Good,
                ["goodRefused"] = GoodRefused.Count,
                ["goodRefusedAndFlagged"] = GoodRefused.Count(r => (bool?)r["flagged"] == true),
                ["goodRefusedCases"] = new JsonArray([.. GoodRefused.Select(r => (JsonNode)r.DeepClone())]),
            };
            o["harmfulNotComposedOrOffTopic"] = new JsonArray([.. Harmful.Where(r => !Composed(r) || !Passes(r)).Select(r => (JsonNode)r.DeepClone())]);
            if (detail)
            {
                o["respectRefused"] = new JsonArray([.. Respect.Where(Composed).Select(r => (JsonNode)r.DeepClone())]);
            }
            return o;
        }
    }
}
