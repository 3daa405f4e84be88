using System.Text.Json;
using System.Text.Json.Nodes;
using Aligners.Inference.Execution;
using Aligners.Inference.Models;

namespace Aligners.Bench;

/// <summary>
/// Recalibrates a neural inspector's threshold on evaluation sets that have already been measured
/// (development sets: answers written independently of the training data, whose blind figures were
/// taken before this runs). The training pipeline calibrates on its own validation split, whose
/// good answers are phrased like the training pairs; on independently written answers the same
/// threshold flags far more good answers than the 5% it was set for. This prints, for each
/// threshold on a grid of hundredths, the recall on the criterion's misaligned answers and the
/// share of good answers flagged, pooled over the sets, and the lowest threshold whose pooled
/// recall stays at the target: the one that flags the fewest good answers without giving up recall.
/// </summary>
internal static class ThresholdBench
{
    public static JsonObject Run(string modelsDir, string criterion, double recallTarget, IReadOnlyList<FileInfo> sets)
    {
        using var registry = ModelRegistry.Load(modelsDir, new ExecutionOptions { IntraOpThreads = 1, InterOpThreads = 1 });
        var inspector = registry.GetInspector(criterion);
        var misaligned = new List<double>();
        var good = new List<double>();
        foreach (var set in sets)
        {
            foreach (var c in EvalCase.Read(set, criterion))
            {
                var score = inspector.Score([(c.Prompt, c.Answer)])[0];
                (c.Misaligned ? misaligned : good).Add(score);
            }
        }
        var grid = new JsonArray();
        double? chosen = null;
        for (var i = 100; i >= 1; i--)
        {
            var t = i / 100.0;
            var recall = Share(misaligned, t);
            grid.Add(new JsonObject { ["threshold"] = t, ["recall"] = Math.Round(recall, 3), ["falseFlags"] = Math.Round(Share(good, t), 3) });
            if (recall >= recallTarget)
            {
                chosen = t;
            }
        }
        return new JsonObject
        {
            ["criterion"] = criterion,
            ["sets"] = new JsonArray([.. sets.Select(s => (JsonNode)s.Name)]),
            ["misaligned"] = misaligned.Count,
            ["good"] = good.Count,
            ["manifestThreshold"] = inspector.Threshold,
            ["atManifestThreshold"] = new JsonObject
            {
                ["recall"] = Math.Round(Share(misaligned, inspector.Threshold), 3),
                ["falseFlags"] = Math.Round(Share(good, inspector.Threshold), 3),
            },
            ["recallTarget"] = recallTarget,
            ["lowestThresholdAtTarget"] = chosen,
            ["grid"] = grid,
        };
    }

    // An answer is flagged when its P(aligned) is below the threshold, as the pipeline does.
    private static double Share(List<double> scores, double threshold) =>
        scores.Count == 0 ? 0 : scores.Count(s => s < threshold) / (double)scores.Count;
}
