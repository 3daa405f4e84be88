using System.Text.Json.Nodes;
using Aligners.Orchestration.Decisions;
using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Journal;
using CsCheck;

namespace Aligners.Orchestration.Tests.Decisions;

public class DeciderPropertyTests
{
    private static readonly string[] All = ["ethical", "factuality", "helpful", "concise"];

    /// <summary>
    /// Runs an instance to its end with random activity outcomes, journaling as the runtime does
    /// (sometimes scheduling without completing, sometimes completing twice, sometimes failing),
    /// and returns the journal.
    /// </summary>
    private static (List<JournalEvent> Events, int Decisions) Simulate(int seed)
    {
        var rng = new Random(seed);
        var criteria = All.Where(_ => rng.NextDouble() < 0.7).DefaultIfEmpty("ethical").ToArray();
        var policy = new AlignmentPolicy
        {
            MaxRewrites = rng.Next(0, 5),
            Reinspect = rng.NextDouble() < 0.7,
            DefaultThreshold = rng.NextDouble(),
            Order = rng.NextDouble() < 0.3 ? [.. criteria.OrderBy(_ => rng.Next())] : null,
        };
        var request = new AlignmentRequest { Prompt = "p", Response = rng.NextDouble() < 0.5 ? "r" : null };
        var j = new JournalBuilder(request, criteria, policy);
        var decisions = 0;
        while (true)
        {
            decisions++;
            var d = Decider.Decide(j.State);
            if (d.Complete is { } output)
            {
                j.Add(EventTypes.InstanceCompleted, new JsonObject { ["output"] = System.Text.Json.JsonSerializer.SerializeToNode(output, InstanceState.Json) });
                return ([.. j.Events], decisions);
            }
            if (d.Fail is { } error)
            {
                j.Add(EventTypes.InstanceFailed, new JsonObject { ["error"] = error });
                return ([.. j.Events], decisions);
            }
            if (decisions > 200)
            {
                throw new InvalidOperationException("no termination after 200 decisions");
            }
            foreach (var call in d.Run)
            {
                if (!call.Scheduled)
                {
                    j.Schedule(call);
                }
                var roll = rng.NextDouble();
                if (roll < 0.15)
                {
                    continue; // a worker died mid-activity: scheduled, never completed
                }
                if (roll < 0.17)
                {
                    j.Fail(call, "permanent");
                    continue;
                }
                var result = call.Name == ActivityNames.Inspect ? JournalBuilder.Score(Math.Round(rng.NextDouble(), 3)) : JournalBuilder.Text($"t{rng.Next()}");
                j.Complete(call, result);
                if (roll > 0.95)
                {
                    j.Complete(call, result); // a racing worker's duplicate
                }
            }
        }
    }

    [Fact]
    public void Decide_RandomJournalsCutAnywhere_NeverRunsACompletedActivity()
    {
        Gen.Int.Sample(seed =>
        {
            var (events, _) = Simulate(seed);
            var rng = new Random(seed ^ 0x5eed);
            for (var k = 0; k < 5; k++)
            {
                var cut = events.Take(rng.Next(1, events.Count + 1)).ToList();
                var state = InstanceState.Replay(cut);
                var d = Decider.Decide(state);
                Assert.All(d.Run, c => Assert.False(state.Completed.ContainsKey(c.Id), $"{c.Id} is completed in the journal"));
                Assert.All(d.Run, c => Assert.Equal(state.Scheduled.Contains(c.Id), c.Scheduled));
            }
        }, iter: 300);
    }

    [Fact]
    public void Decide_AnyOutcomes_EveryInstanceTerminates()
    {
        Gen.Int.Sample(seed =>
        {
            var (events, decisions) = Simulate(seed);
            Assert.Contains(events[^1].Type, new[] { EventTypes.InstanceCompleted, EventTypes.InstanceFailed });
            Assert.True(decisions <= 100, $"took {decisions} decisions");
        }, iter: 300);
    }

    [Fact]
    public void Decide_SameJournal_SameDecision()
    {
        Gen.Int.Sample(seed =>
        {
            var (events, _) = Simulate(seed);
            var cut = events.Take(Math.Max(1, events.Count / 2)).ToList();
            var a = Decider.Decide(InstanceState.Replay(cut));
            var b = Decider.Decide(InstanceState.Replay(cut));
            Assert.Equal(a.Run.Select(c => c.Id), b.Run.Select(c => c.Id));
            Assert.Equal(a.Fail, b.Fail);
            Assert.Equal(a.Complete?.Aligned, b.Complete?.Aligned);
        }, iter: 200);
    }

    [Fact]
    public void Decide_CompletedInstance_RunsEachAlignerAtMostOnce()
    {
        Gen.Int.Sample(seed =>
        {
            var (events, _) = Simulate(seed);
            var aligns = events.Where(e => e.Type == EventTypes.ActivityScheduled && e.Data["name"]!.GetValue<string>() == ActivityNames.Align)
                .Select(e => e.Data["input"]!["criterion"]!.GetValue<string>()).ToList();
            Assert.Equal(aligns.Count, aligns.Distinct().Count());
        }, iter: 300);
    }
}
