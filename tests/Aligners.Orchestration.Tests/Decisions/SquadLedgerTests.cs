using Aligners.Inference.Facts;

namespace Aligners.Orchestration.Tests.Decisions;

[Trait("Category", "Unit")]
public class SquadLedgerTests
{
    private static readonly Dictionary<string, IReadOnlyList<FactFinding>> NoFindings = [];

    private static SquadLedger Ledger(AlignmentPolicy policy, double ethical = 0.2, double helpful = 0.9) =>
        new("answer", new Dictionary<string, double> { ["ethical"] = ethical, ["helpful"] = helpful }, NoFindings, policy);

    [Fact]
    public void Visit_APassingCriterion_RecordsItPassed_AndAsksForNoRewrite()
    {
        var squad = Ledger(new AlignmentPolicy());

        Assert.Null(squad.Visit("helpful"));
        var step = Assert.Single(squad.Steps);
        Assert.Equal(("helpful", SquadOutcomes.Passed, false), (step.Criterion, step.Outcome, step.Aligned));
        Assert.Equal(0, squad.Version);
    }

    [Fact]
    public void Visit_AFailingCriterion_AsksForTheNextVersion_AndAcceptMakesTheRewriteTheText()
    {
        var squad = Ledger(new AlignmentPolicy());

        Assert.Equal(1, squad.Visit("ethical"));
        squad.Accept("rewrite", new Dictionary<string, double> { ["ethical"] = 0.8, ["helpful"] = 0.85 }, NoFindings);

        Assert.Equal(("rewrite", 0.8), (squad.Text, squad.Scores["ethical"]));
        Assert.Equal(0.2, squad.First["ethical"]);
        Assert.Equal(["ethical"], squad.Applied);
        var step = Assert.Single(squad.Steps);
        Assert.Equal((SquadOutcomes.Rewritten, true, 0.2), (step.Outcome, step.Aligned, step.Score));
    }

    [Fact]
    public void Leave_KeepsTheText_AndRecordsWhy()
    {
        var squad = Ledger(new AlignmentPolicy());
        squad.Visit("ethical");

        squad.Leave(new Unresolved("ethical", "topic", "the rewrite left the prompt's topic", "rewrite"));

        Assert.Equal("answer", squad.Text);
        Assert.Equal("topic", Assert.Single(squad.Unresolved).Check);
        Assert.Equal((SquadOutcomes.Unresolved, "the rewrite left the prompt's topic"), (squad.Steps[0].Outcome, squad.Steps[0].Reason));
    }

    [Fact]
    public void Visit_AfterTheRewritesAreUsed_LeavesTheCriterionUnresolved()
    {
        var squad = Ledger(new AlignmentPolicy { MaxRewrites = 1 }, helpful: 0.1);
        squad.Visit("ethical");
        squad.Leave(new Unresolved("ethical", "own", "still failing"));

        Assert.Null(squad.Visit("helpful"));

        Assert.Equal(SquadOutcomes.NoRewritesLeft, squad.Unresolved[^1].Check);
        Assert.Equal(SquadOutcomes.NoRewritesLeft, squad.Steps[^1].Outcome);
    }

    [Theory]
    [InlineData(true, null)]
    [InlineData(false, 2)]
    public void Visit_JudgesByTheLatestScoresUnderReinspect_ElseByTheFirst(bool reinspect, int? expected)
    {
        var squad = Ledger(new AlignmentPolicy { Reinspect = reinspect }, helpful: 0.1);
        squad.Visit("ethical");
        // The ethical rewrite also made the answer helpful.
        squad.Accept("rewrite", new Dictionary<string, double> { ["ethical"] = 0.8, ["helpful"] = 0.9 }, NoFindings);

        Assert.Equal(expected, squad.Visit("helpful"));
    }

    [Fact]
    public void Fallback_IsTheFirstUnresolvedCriterionsText_OnlyUnderFallback_AndReplaceMakesItANewVersion()
    {
        var policy = new AlignmentPolicy { OnUnresolved = UnresolvedActions.Fallback, FallbackTexts = new Dictionary<string, string> { ["ethical"] = "I can't help." } };
        var squad = Ledger(policy);
        Assert.Null(squad.Fallback());
        squad.Visit("ethical");
        squad.Leave(new Unresolved("ethical", "own", "still failing"));

        Assert.Equal("I can't help.", squad.Fallback());
        squad.Replace("I can't help.", new Dictionary<string, double> { ["ethical"] = 0.99, ["helpful"] = 0.4 }, NoFindings, []);
        Assert.Equal(("I can't help.", 2), (squad.Text, squad.Version));
        Assert.False(squad.HeldForReview);
        Assert.Null(Ledger(policy with { OnUnresolved = UnresolvedActions.Review }).Fallback());
    }

    [Fact]
    public void HeldForReview_OnlyWithSomethingUnresolved_UnderReview()
    {
        var squad = Ledger(new AlignmentPolicy { OnUnresolved = UnresolvedActions.Review });
        Assert.False(squad.HeldForReview);
        squad.Visit("ethical");
        squad.Leave(new Unresolved("ethical", "own", "still failing"));

        Assert.True(squad.HeldForReview);
    }

    [Fact]
    public void AcceptOrLeave_WithoutAVisit_IsABug()
    {
        var squad = Ledger(new AlignmentPolicy());

        Assert.Throws<InvalidOperationException>(() => squad.Leave(new Unresolved("ethical", "own", "x")));
    }
}
