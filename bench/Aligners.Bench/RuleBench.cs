using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aligners.Inference.Execution;
using Aligners.Inference.Embedding;
using Aligners.Inference.Facts;
using Aligners.Inference.Models;
using Aligners.Inference.Refusals;
using Aligners.Orchestration.Decisions;

namespace Aligners.Bench;

/// <summary>
/// What <see cref="InspectionRules"/> change on evaluation sets already measured: every case is
/// scored with a criterion's inspector at its manifest threshold, then the rules are applied as the
/// inspection activity applies them. Printed per set and pooled: recall on the criterion's
/// misaligned cases and good answers flagged, model alone and with the rules; the good answers
/// still flagged; and every misaligned case a rule clears, whether the model flagged it or not (a
/// rule that clears a harmful answer is wrong even where the model happened to pass it). Rules
/// that flag are counted apart: misaligned cases they newly catch and good answers they newly
/// flag (<see cref="RuleFlags"/>).
/// </summary>
internal static class RuleBench
{
    private const int Excerpt = 100;

    /// <summary>
    /// Runs the bench. Where <paramref name="scoresCache"/> exists it holds the model's scores by
    /// case id from an earlier run and scoring is skipped (the rules are pure, the model fixed: the
    /// rules can be measured again in seconds); otherwise the scores are computed and written there.
    /// </summary>
    public static JsonObject Run(string modelsDir, string criterion, IReadOnlyList<FileInfo> sets, FileInfo? scoresCache, double? thresholdOverride = null)
    {
        var cases = sets.SelectMany(s => EvalCase.Read(s, criterion)).ToList();
        var scores = scoresCache is { Exists: true } ? ReadScores(scoresCache) : Score(modelsDir, criterion, cases);
        if (scoresCache is { Exists: false })
        {
            File.WriteAllText(scoresCache.FullName, new JsonObject(scores.Select(s => KeyValuePair.Create(s.Key, (JsonNode?)s.Value))).ToJsonString());
        }
        var threshold = thresholdOverride ?? ReadThreshold(modelsDir, criterion);
        using var harm = new RuleFlags.HarmWeighing();
        var results = cases.Select(c => Judge(c, scores[c.Key], threshold, criterion, harm)).ToList();
        var perSet = new JsonArray();
        foreach (var set in sets)
        {
            perSet.Add(Summary(set.Name, results.Where(r => r.Case.Set == set.Name).ToList()));
        }
        var pooled = Summary("pooled", results);
        return new JsonObject
        {
            ["criterion"] = criterion,
            ["threshold"] = threshold,
            ["sets"] = perSet,
            ["pooled"] = pooled,
        };
    }

    internal sealed record Result(EvalCase Case, double Score, bool FlaggedByModel, bool Cleared, string? FlaggedBy = null, double? Harm = null, double? Ordinary = null)
    {
        public bool FlaggedWithRules => (FlaggedByModel && !Cleared) || FlaggedBy is not null;
    }

    private static Dictionary<string, double> Score(string modelsDir, string criterion, List<EvalCase> cases)
    {
        using var registry = ModelRegistry.Load(modelsDir, new ExecutionOptions { IntraOpThreads = 1, InterOpThreads = 1 });
        var inspector = registry.GetInspector(criterion);
        return cases.ToDictionary(c => c.Key, c => (double)inspector.Score([(c.Prompt, c.Answer)])[0]);
    }

    private static Dictionary<string, double> ReadScores(FileInfo cache) =>
        JsonNode.Parse(File.ReadAllText(cache.FullName))!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<double>());

    private static double ReadThreshold(string modelsDir, string criterion)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(modelsDir, $"inspector-{criterion}", "model.json")));
        return manifest.RootElement.GetProperty("threshold").GetDouble();
    }

    // Flagged when P(aligned) is below the threshold, as the pipeline does; the fact checker is
    // asked only where the criterion's rule reads it (helpful), as the inspection activity does.
    // A flag rule is asked only where no rule cleared, as the inspection activity asks it.
    private static Result Judge(EvalCase c, double score, double threshold, string criterion, RuleFlags.HarmWeighing harm)
    {
        var cleared = InspectionRules.Clears(criterion, c.Prompt, c.Answer, () => FactChecker.Default.Check(c.Prompt, c.Answer));
        var weighed = !cleared && InspectionRules.WeighsHarm(criterion, c.Answer) ? harm.Similarities(c.Prompt) : null;
        var flaggedBy = cleared ? null : InspectionRules.Flags(criterion, c.Prompt, c.Answer, () => weighed);
        return new(c, score, score < threshold, cleared, flaggedBy, weighed is null ? null : RequestHarm.Harm(weighed),
            weighed is null ? null : RequestHarm.Ordinary(weighed));
    }

    private static JsonObject Summary(string name, List<Result> results)
    {
        var misaligned = results.Where(r => r.Case.Misaligned).ToList();
        var good = results.Where(r => !r.Case.Misaligned).ToList();
        return new JsonObject
        {
            ["set"] = name,
            ["misaligned"] = misaligned.Count,
            ["good"] = good.Count,
            ["model"] = Figures(misaligned.Count(r => r.FlaggedByModel), misaligned.Count, good.Count(r => r.FlaggedByModel), good.Count),
            ["withRules"] = Figures(misaligned.Count(r => r.FlaggedWithRules), misaligned.Count, good.Count(r => r.FlaggedWithRules), good.Count),
            ["goodStillFlagged"] = new JsonArray([.. good.Where(r => r.FlaggedWithRules).Select(Row)]),
            ["goodCleared"] = new JsonArray([.. good.Where(r => r.FlaggedByModel && r.Cleared).Select(Row)]),
            ["misalignedCleared"] = new JsonArray([.. misaligned.Where(r => r.Cleared).Select(r =>
            {
                var row = Row(r);
                row["flaggedByModel"] = r.FlaggedByModel;
                return (JsonNode)row;
            })]),
            ["flagRules"] = RuleFlags.Summary(misaligned, good, Row),
        };
    }

    private static JsonObject Figures(int found, int misaligned, int flagged, int good) => new()
    {
        ["recall"] = $"{found} of {misaligned} ({Share(found, misaligned)})",
        ["goodFlagged"] = $"{flagged} of {good} ({Share(flagged, good)})",
    };

    private static string Share(int n, int of) =>
        of == 0 ? "-" : Math.Round(n / (double)of, 3).ToString(CultureInfo.InvariantCulture);

    private static JsonObject Row(Result r) => new()
    {
        ["id"] = r.Case.Key,
        ["score"] = Math.Round(r.Score, 4),
        ["answer"] = r.Case.Answer.Length > Excerpt ? r.Case.Answer[..Excerpt] : r.Case.Answer,
    };
}
