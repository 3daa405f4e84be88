using Aligners.Orchestration.Decisions;
using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Journal;

namespace Aligners.Orchestration.Tests.Decisions;

public class DeciderTests
{
    private static readonly string[] Three = ["ethical", "factuality", "helpful"];

    private static AlignmentRequest Given(string response = "an answer") => new() { Prompt = "a question", Response = response };

    [Fact]
    public void Decide_FreshInstanceWithResponse_InspectsEveryCriterionAtOnce()
    {
        var d = Decider.Decide(new JournalBuilder(Given(), Three).State);

        Assert.Equal(["inspect:0:ethical", "inspect:0:factuality", "inspect:0:helpful"], d.Run.Select(c => c.Id));
        Assert.All(d.Run, c => Assert.False(c.Scheduled));
        Assert.Equal("inspecting", d.Stage);
    }

    [Fact]
    public void Decide_NoResponse_CallsTheLlmFirst()
    {
        var d = Decider.Decide(new JournalBuilder(new AlignmentRequest { Prompt = "q" }, Three).State);

        Assert.Equal("llm", Assert.Single(d.Run).Id);
    }

    [Fact]
    public void Decide_ScheduledButNotCompleted_RunsItAgainMarkedScheduled()
    {
        var j = new JournalBuilder(Given(), ["ethical"]);
        var first = Decider.Decide(j.State).Run[0];
        j.Schedule(first);

        var again = Assert.Single(Decider.Decide(j.State).Run);

        Assert.Equal(first.Id, again.Id);
        Assert.True(again.Scheduled);
    }

    [Fact]
    public void Decide_AllAboveThreshold_CompletesUnchangedWithoutRewrites()
    {
        var j = new JournalBuilder(Given(), Three);
        foreach (var c in Decider.Decide(j.State).Run)
        {
            j.Complete(c, JournalBuilder.Score(0.9));
        }

        var output = Decider.Decide(j.State).Complete;

        Assert.NotNull(output);
        Assert.False(output.Changed);
        Assert.Empty(output.Applied);
        Assert.Equal("an answer", output.Aligned);
        Assert.All(output.Scores.Values, s => Assert.Equal(0.9, s.After));
    }

    [Fact]
    public void Decide_LowestScoreFirst_ThenGatesOnTheReinspectedScores()
    {
        var j = new JournalBuilder(Given("bad"), Three);
        var scores = new Dictionary<string, double> { ["ethical"] = 0.3, ["factuality"] = 0.1, ["helpful"] = 0.2 };
        foreach (var c in Decider.Decide(j.State).Run)
        {
            j.Complete(c, JournalBuilder.Score(scores[c.Input["criterion"]!.GetValue<string>()]));
        }

        var align = Assert.Single(Decider.Decide(j.State).Run);
        Assert.Equal("align:1:factuality", align.Id);
        j.Complete(align, JournalBuilder.Text("fixed facts"));

        // The rewrite also fixed helpfulness; ethical is still low.
        var reinspect = Decider.Decide(j.State).Run;
        Assert.Equal(["inspect:1:ethical", "inspect:1:factuality", "inspect:1:helpful"], reinspect.Select(c => c.Id));
        var after = new Dictionary<string, double> { ["ethical"] = 0.2, ["factuality"] = 0.95, ["helpful"] = 0.8 };
        foreach (var c in reinspect)
        {
            j.Complete(c, JournalBuilder.Score(after[c.Input["criterion"]!.GetValue<string>()]));
        }

        // Order stays lowest-first by the first scores: helpful (0.2 then) is visited next, passes its gate now.
        var next = Assert.Single(Decider.Decide(j.State).Run);
        Assert.Equal("align:2:ethical", next.Id);
        Assert.Equal(1, next.Input["version"]!.GetValue<int>());
        j.Complete(next, JournalBuilder.Text("fixed all"));
        foreach (var c in Decider.Decide(j.State).Run)
        {
            j.Complete(c, JournalBuilder.Score(0.9));
        }

        var output = Decider.Decide(j.State).Complete!;
        Assert.Equal(["factuality", "ethical"], output.Applied);
        Assert.Equal(["factuality", "helpful", "ethical"], output.Steps.Select(s => s.Criterion));
        Assert.False(output.Steps[1].Aligned);
        Assert.Equal("fixed all", output.Aligned);
        Assert.Equal(0.1, output.Scores["factuality"].Before);
        Assert.Equal(0.9, output.Scores["factuality"].After);
    }

    [Fact]
    public void Decide_MaxRewritesReached_StopsRewriting()
    {
        var j = new JournalBuilder(Given("bad"), Three, new AlignmentPolicy { MaxRewrites = 1 });
        foreach (var c in Decider.Decide(j.State).Run)
        {
            j.Complete(c, JournalBuilder.Score(0.1));
        }
        j.Complete(Decider.Decide(j.State).Run[0], JournalBuilder.Text("once"));
        foreach (var c in Decider.Decide(j.State).Run)
        {
            j.Complete(c, JournalBuilder.Score(0.2));
        }

        var output = Decider.Decide(j.State).Complete!;

        Assert.Single(output.Applied);
    }

    [Fact]
    public void Decide_PolicyOrder_OverridesScoreOrder()
    {
        var policy = new AlignmentPolicy { Order = ["helpful", "ethical"] };
        var j = new JournalBuilder(Given("bad"), Three, policy);
        var scores = new Dictionary<string, double> { ["ethical"] = 0.1, ["factuality"] = 0.05, ["helpful"] = 0.3 };
        foreach (var c in Decider.Decide(j.State).Run)
        {
            j.Complete(c, JournalBuilder.Score(scores[c.Input["criterion"]!.GetValue<string>()]));
        }

        Assert.Equal("align:1:helpful", Decider.Decide(j.State).Run[0].Id);
    }

    [Fact]
    public void Decide_ReinspectOff_GatesOnFirstScoresAndInspectsOnceAtTheEnd()
    {
        var j = new JournalBuilder(Given("bad"), ["ethical", "helpful"], new AlignmentPolicy { Reinspect = false });
        foreach (var c in Decider.Decide(j.State).Run)
        {
            j.Complete(c, JournalBuilder.Score(0.1));
        }
        j.Complete(Decider.Decide(j.State).Run.Single(), JournalBuilder.Text("one"));
        var second = Decider.Decide(j.State).Run.Single();
        Assert.Equal("align:2:helpful", second.Id);
        j.Complete(second, JournalBuilder.Text("two"));

        var final = Decider.Decide(j.State).Run;
        Assert.Equal(["inspect:2:ethical", "inspect:2:helpful"], final.Select(c => c.Id));
        foreach (var c in final)
        {
            j.Complete(c, JournalBuilder.Score(0.8));
        }
        Assert.Equal(0.8, Decider.Decide(j.State).Complete!.Scores["helpful"].After);
    }

    [Fact]
    public void Decide_PerCriterionThreshold_AppliesToItsGate()
    {
        var policy = new AlignmentPolicy { Thresholds = new Dictionary<string, double> { ["ethical"] = 0.95 } };
        var j = new JournalBuilder(Given(), ["ethical"], policy);
        j.Complete(Decider.Decide(j.State).Run[0], JournalBuilder.Score(0.9));

        Assert.Equal("align:1:ethical", Decider.Decide(j.State).Run.Single().Id);
    }

    [Fact]
    public void Decide_PermanentActivityFailure_FailsTheInstance()
    {
        var j = new JournalBuilder(new AlignmentRequest { Prompt = "q" }, Three);
        j.Fail(Decider.Decide(j.State).Run[0], "401 Unauthorized");

        var d = Decider.Decide(j.State);

        Assert.Contains("401", d.Fail);
        Assert.Empty(d.Run);
    }

    [Fact]
    public void Decide_TerminalJournal_IsFinished()
    {
        var j = new JournalBuilder(Given(), ["ethical"]);
        j.Add(EventTypes.InstanceFailed, new() { ["error"] = "poisoned" });

        Assert.True(Decider.Decide(j.State).Finished);
    }

    [Fact]
    public void Replay_DuplicateCompletion_KeepsTheFirst()
    {
        var j = new JournalBuilder(Given(), ["ethical"]);
        var call = Decider.Decide(j.State).Run[0];
        j.Complete(call, JournalBuilder.Score(0.2)).Complete(call, JournalBuilder.Score(0.9));

        Assert.Equal(0.2, j.State.Completed[call.Id].Output["score"]!.GetValue<double>());
    }
}
