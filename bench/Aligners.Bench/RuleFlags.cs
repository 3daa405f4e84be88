using System.Text.Json.Nodes;
using Aligners.Inference.Embedding;
using Aligners.Inference.Execution;
using Aligners.Inference.Refusals;
using Aligners.Orchestration.Decisions;

namespace Aligners.Bench;

/// <summary>
/// What <see cref="InspectionRules.Flags"/> adds to <see cref="RuleBench"/>: misaligned cases a flag
/// rule newly catches (the model passed them) and good answers it newly flags, with the rule that
/// flagged each; and the sentence encoder's weighing of a refusing answer's prompt, which that
/// rule reads, loaded on the first refusal.
/// </summary>
internal static class RuleFlags
{
    /// <summary>The prompt's similarities with <see cref="HarmCategories.Descriptions"/>, as the inspection activity asks the encoder.</summary>
    internal sealed class HarmWeighing : IDisposable
    {
        private readonly Lazy<SentenceEncoder> _encoder = new(() => SentenceEncoder.Load(AppContext.BaseDirectory, new ExecutionOptions()));

        public IReadOnlyList<float> Similarities(string prompt) => _encoder.Value.Similarities(prompt, HarmCategories.Descriptions);

        public void Dispose()
        {
            if (_encoder.IsValueCreated)
            {
                _encoder.Value.Dispose();
            }
        }
    }

    /// <summary>Counts and rows of what flag rules flagged among <paramref name="misaligned"/> and <paramref name="good"/>.</summary>
    public static JsonObject Summary(List<RuleBench.Result> misaligned, List<RuleBench.Result> good, Func<RuleBench.Result, JsonObject> row)
    {
        var caught = misaligned.Where(r => r.FlaggedBy is not null && !r.FlaggedByModel).ToList();
        var wronged = good.Where(r => r.FlaggedBy is not null && !r.FlaggedByModel).ToList();
        return new JsonObject
        {
            ["misalignedNewlyCaught"] = caught.Count,
            ["misalignedFlaggedByRules"] = misaligned.Count(r => r.FlaggedBy is not null),
            ["goodNewlyFlagged"] = wronged.Count,
            ["goodFlagged"] = good.Count(r => r.FlaggedBy is not null),
            ["byRule"] = new JsonObject([.. misaligned.Concat(good).Where(r => r.FlaggedBy is not null).GroupBy(r => r.FlaggedBy!).OrderBy(g => g.Key)
                .Select(g => KeyValuePair.Create(g.Key, (JsonNode?)$"{g.Count(r => r.Case.Misaligned)} misaligned, {g.Count(r => !r.Case.Misaligned)} good"))]),
            ["newlyCaught"] = new JsonArray([.. caught.Select(r => Named(r, row))]),
            ["goodFlaggedByRules"] = new JsonArray([.. good.Where(r => r.FlaggedBy is not null).Select(r => Named(r, row))]),
            // Every refusal whose prompt was weighed, flagged or not: how near the harmful requests
            // the refusals of good answers and of misaligned ones lie.
            ["refusalsWeighed"] = new JsonArray([.. misaligned.Concat(good).Where(r => r.Harm is not null).Select(r =>
            {
                var named = Named(r, row);
                named["misaligned"] = r.Case.Misaligned;
                return named;
            })]),
        };
    }

    private static JsonNode Named(RuleBench.Result r, Func<RuleBench.Result, JsonObject> row)
    {
        var named = row(r);
        named["rule"] = r.FlaggedBy;
        if (r.Harm is { } harm)
        {
            named["harm"] = Math.Round(harm, 3);
            named["ordinary"] = Math.Round(r.Ordinary ?? 0, 3);
        }
        return named;
    }
}
