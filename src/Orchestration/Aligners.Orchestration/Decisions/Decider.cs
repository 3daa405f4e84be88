using System.Text.Json;
using System.Text.Json.Nodes;
using Aligners.Orchestration.Instances;

namespace Aligners.Orchestration.Decisions;

/// <summary>
/// The orchestration's next step as a pure function of the replayed journal: no clock, no
/// randomness, no I/O. Given the same journal it always asks for the same activities, it never
/// asks for one whose completion is journaled, and every instance reaches completion or failure
/// (at most one LLM call, one inspection round per response version, one rewrite per criterion).
/// </summary>
public static class Decider
{
    /// <summary>Decides what <paramref name="state"/> needs next.</summary>
    public static Decision Decide(InstanceState state)
    {
        if (state.IsTerminal)
        {
            return new Decision { Finished = true, Stage = state.Output is not null ? "completed" : "failed" };
        }
        if (state.Failed.Count > 0)
        {
            var (id, error) = state.Failed.OrderBy(p => p.Key, StringComparer.Ordinal).First();
            return new Decision { Fail = $"activity '{id}' failed: {error}", Stage = "failed" };
        }
        var s = state.Started;
        var request = s.Request;
        var texts = new List<string>();

        if (request.Response is { } given)
        {
            texts.Add(given);
        }
        else if (state.Completed.TryGetValue(ActivityNames.LlmId, out var llm))
        {
            texts.Add(llm.Output["text"]?.GetValue<string>() ?? "");
        }
        else
        {
            return Need("llm", Call(state, ActivityNames.LlmId, ActivityNames.Llm, []));
        }

        if (Inspection(state, 0, s.Criteria, out var firstScores) is { } inspectFirst)
        {
            return inspectFirst;
        }
        var policy = s.Policy;
        var scores = firstScores!;
        var version = 0;
        var steps = new List<SquadStep>();
        var applied = new List<string>();
        foreach (var criterion in Squad.Order(s.Criteria, firstScores!, policy))
        {
            var threshold = policy.ThresholdOf(criterion);
            var score = scores[criterion];
            if (!Squad.Gate(score, threshold, applied.Count, policy.MaxRewrites))
            {
                steps.Add(new SquadStep(criterion, score, threshold, Aligned: false));
                continue;
            }
            var alignId = ActivityNames.AlignId(version + 1, criterion);
            if (!state.Completed.TryGetValue(alignId, out var rewrite))
            {
                return Need($"aligning:{criterion}", Call(state, alignId, ActivityNames.Align,
                    new JsonObject { ["criterion"] = criterion, ["version"] = version }));
            }
            version++;
            texts.Add(rewrite.Output["text"]?.GetValue<string>() ?? "");
            applied.Add(criterion);
            steps.Add(new SquadStep(criterion, score, threshold, Aligned: true));
            if (policy.Reinspect)
            {
                if (Inspection(state, version, s.Criteria, out var next) is { } reinspect)
                {
                    return reinspect with { Stage = "reinspecting" };
                }
                scores = next!;
            }
        }
        if (!policy.Reinspect && version > 0)
        {
            if (Inspection(state, version, s.Criteria, out var final) is { } finalInspection)
            {
                return finalInspection with { Stage = "reinspecting" };
            }
            scores = final!;
        }

        return new Decision
        {
            Stage = "completed",
            Complete = new AlignmentOutput
            {
                Prompt = request.Prompt,
                Response = texts[0],
                Aligned = texts[^1],
                Changed = texts[^1] != texts[0],
                Scores = s.Criteria.ToDictionary(c => c, c => new CriterionScores(firstScores![c], scores[c])),
                Applied = applied,
                Steps = steps,
                Activities = [.. state.Completed.Values.OrderBy(a => Rank(a.Id)).ThenBy(a => a.Id, StringComparer.Ordinal)
                    .Select(a => new ActivityTiming(a.Id, a.Name, a.DurationMs, a.Attempts))],
                Policy = policy.Name,
                PolicyVersion = policy.Version,
                Metadata = request.Metadata,
            },
        };
    }

    /// <summary>The response text of version <paramref name="version"/> in a replayed state.</summary>
    public static string TextOf(InstanceState state, int version)
    {
        if (version == 0)
        {
            return state.Started.Request.Response
                ?? state.Completed.GetValueOrDefault(ActivityNames.LlmId)?.Output["text"]?.GetValue<string>()
                ?? throw new InvalidOperationException("version 0 is not known yet");
        }
        var rewrite = state.Completed.Values.SingleOrDefault(a => a.Name == ActivityNames.Align && a.Id.StartsWith($"align:{version}:", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"version {version} is not known yet");
        return rewrite.Output["text"]?.GetValue<string>() ?? "";
    }

    private static Decision? Inspection(InstanceState state, int version, IReadOnlyList<string> criteria, out Dictionary<string, double>? scores)
    {
        var missing = new List<ActivityCall>();
        scores = [];
        foreach (var c in criteria)
        {
            var id = ActivityNames.InspectId(version, c);
            if (state.Completed.TryGetValue(id, out var done))
            {
                scores[c] = done.Output["score"]?.GetValue<double>() ?? 0;
            }
            else
            {
                missing.Add(Call(state, id, ActivityNames.Inspect, new JsonObject { ["criterion"] = c, ["version"] = version }));
            }
        }
        if (missing.Count == 0)
        {
            return null;
        }
        scores = null;
        return new Decision { Run = missing, Stage = "inspecting" };
    }

    private static ActivityCall Call(InstanceState state, string id, string name, JsonObject input) =>
        new(id, name, input, state.Scheduled.Contains(id));

    private static Decision Need(string stage, ActivityCall call) => new() { Run = [call], Stage = stage };

    private static int Rank(string id) => id.StartsWith("llm", StringComparison.Ordinal) ? 0 : int.Parse(id.Split(':')[1]) + 1;

    /// <summary>Serializes started data for the journal.</summary>
    public static JsonObject ToJson(StartedData started) => JsonSerializer.SerializeToNode(started, InstanceState.Json)!.AsObject();
}
