using Aligners.Orchestration.Evaluation;
using Aligners.Orchestration.Workflows;

namespace Aligners.Orchestration.Tests.Evaluation;

[Trait("Category", "Unit")]
public class EvalTallyTests
{
    private static readonly string[] Criteria = ["ethical", "helpful"];

    private static EvalCase Case(string id, string? expected, params string[] content) =>
        new(id, new AlignmentInput(new AlignmentRequest { Prompt = "q", Response = "r" }, Criteria, new AlignmentPolicy(), new Retries()), expected, content);

    private static AlignmentOutput Output(string aligned, double ethicalBefore, double helpfulBefore, string[]? applied = null, Unresolved[]? unresolved = null) => new()
    {
        Prompt = "q",
        Response = "r",
        Aligned = aligned,
        Changed = aligned != "r",
        Scores = new Dictionary<string, CriterionScores>
        {
            ["ethical"] = new(ethicalBefore, applied?.Contains("ethical") == true ? 0.9 : ethicalBefore),
            ["helpful"] = new(helpfulBefore, applied?.Contains("helpful") == true ? 0.9 : helpfulBefore),
        },
        Applied = applied ?? [],
        Unresolved = unresolved ?? [],
    };

    [Fact]
    public void Count_MixedOutcomes_CountsEachPerCriterion()
    {
        var results = new List<(EvalCase, AlignmentOutput?)>
        {
            (Case("fixed", "helpful", "boil"), Output("Boil the rice for 18 minutes.", 0.9, 0.1, ["helpful"])),
            (Case("wrong-content", "helpful", "boil"), Output("Fry it.", 0.9, 0.2, ["helpful"])),
            (Case("refused", "helpful"), Output("r", 0.9, 0.3, unresolved: [new Unresolved("helpful", "topic", "off topic")])),
            (Case("missed", "ethical"), Output("r", 0.8, 0.9)),
            (Case("good", null), Output("r", 0.9, 0.9)),
            (Case("false-flag", null), Output("changed", 0.2, 0.9, ["ethical"])),
            (Case("crashed", "helpful"), null),
        };

        var report = EvalTally.Count(results);

        Assert.Equal((7, 1, 2, 1, 1), (report.Cases, report.Failed, report.GoodAnswers, report.GoodUnchanged, report.GoodFlagged));
        var helpful = report.Criteria.Single(c => c.Criterion == "helpful");
        Assert.Equal((4, 3, 1, 1, 0), (helpful.Misaligned, helpful.Flagged, helpful.Fixed, helpful.Unresolved, helpful.FalseFlags));
        Assert.Equal(new Dictionary<string, int> { ["topic"] = 1 }, helpful.UnresolvedBy);
        var ethical = report.Criteria.Single(c => c.Criterion == "ethical");
        Assert.Equal((1, 0, 0, 0, 1), (ethical.Misaligned, ethical.Flagged, ethical.Fixed, ethical.Unresolved, ethical.FalseFlags));
        Assert.Equal(Math.Round((0.1 + 0.2 + 0.3 + 0.9 + 0.9 + 0.9) / 6, 4), helpful.MeanScoreBefore);
        Assert.Equal(["wrong-content", "refused", "missed", "false-flag", "false-flag", "crashed"], report.Misses.Select(m => m.Id));
        Assert.Equal(["not-fixed", "not-fixed", "not-flagged", "false-flag", "good-changed", "failed"], report.Misses.Select(m => m.Kind));
        Assert.Contains("off topic", report.Misses[1].Detail);
        Assert.Equal("score 0.8, not below its threshold 0.5", report.Misses[2].Detail);
    }

    [Fact]
    public void Count_GoodAnswerFlagged_NamesEachCriterionThatFlaggedItWithScoreAndThreshold()
    {
        var report = EvalTally.Count([(Case("kept", null), Output("r", 0.2, 0.3))]);

        Assert.Equal(2, report.Criteria.Sum(c => c.FalseFlags));
        Assert.Equal(1, report.GoodFlagged);
        Assert.Equal([("false-flag", "ethical"), ("false-flag", "helpful")], report.Misses.Select(m => (m.Kind, m.Criterion)));
        Assert.Equal("score 0.2 below its threshold 0.5", report.Misses[0].Detail);
    }

    [Fact]
    public void Count_ExpectedContent_IsMatchedIgnoringCase()
    {
        var report = EvalTally.Count([(Case("a", "helpful", "BOIL", "minutes"), Output("Boil it for 18 minutes.", 0.9, 0.1, ["helpful"]))]);

        Assert.Equal(1, report.Criteria.Single(c => c.Criterion == "helpful").Fixed);
        Assert.Empty(report.Misses);
    }

    [Fact]
    public void Count_ThresholdComesFromTheCasePolicy()
    {
        var strict = Case("a", null);
        strict = strict with { Workflow = strict.Workflow with { Policy = new AlignmentPolicy { DefaultThreshold = 0.95 } } };

        var lenient = EvalTally.Count([(Case("a", null), Output("r", 0.9, 0.9))]);
        var report = EvalTally.Count([(strict, Output("r", 0.9, 0.9))]);

        Assert.All(lenient.Criteria, c => Assert.Equal(0, c.FalseFlags));
        Assert.All(report.Criteria, c => Assert.Equal(1, c.FalseFlags));
    }

    [Fact]
    public void Count_UnresolvedBy_CountsEachMisalignedCaseOnceUnderTheCheckThatRefusedItsOwnCriterion()
    {
        var results = new List<(EvalCase, AlignmentOutput?)>
        {
            (Case("a", "helpful"), Output("r", 0.9, 0.1, unresolved: [new Unresolved("helpful", "on-topic", "stock answer")])),
            (Case("b", "helpful"), Output("r", 0.9, 0.1, unresolved: [new Unresolved("helpful", "on-topic", "restates another request")])),
            (Case("c", "helpful"), Output("r", 0.2, 0.1, unresolved: [new Unresolved("ethical", "well-formed", "loop"), new Unresolved("helpful", "own-criterion", "still low")])),
            (Case("good", null), Output("r", 0.9, 0.1, unresolved: [new Unresolved("helpful", "aligner", "the LLM aligner failed")])),
        };

        var report = EvalTally.Count(results);

        Assert.Equal(new Dictionary<string, int> { ["on-topic"] = 2, ["own-criterion"] = 1 }, report.Criteria.Single(c => c.Criterion == "helpful").UnresolvedBy);
        Assert.Empty(report.Criteria.Single(c => c.Criterion == "ethical").UnresolvedBy);
    }

    [Fact]
    public void Count_PrivacyFindings_PerTypeInTheScannersOrder()
    {
        static PrivacyMark Mark(string type) => new(type, 0, 4, type, 0.95);
        var results = new List<(EvalCase, AlignmentOutput?)>
        {
            (Case("card", null), Output("r", 0.9, 0.9) with { Privacy = new PrivacyReport("upstream", [Mark("card"), Mark("email")], [], [Mark("email")]) }),
            (Case("mail", null), Output("r", 0.9, 0.9) with { Privacy = new PrivacyReport("off", [], [Mark("email"), Mark("email")], []) }),
            (Case("none", null), Output("r", 0.9, 0.9)),
        };

        var report = EvalTally.Count(results);

        Assert.Equal([new PrivacyTypeReport("email", 2, 1, 2, 1), new PrivacyTypeReport("card", 1, 1, 0, 0)], report.Privacy);
    }
}
