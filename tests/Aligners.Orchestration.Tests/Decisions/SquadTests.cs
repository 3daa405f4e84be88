namespace Aligners.Orchestration.Tests.Decisions;

[Trait("Category", "Unit")]
public class SquadTests
{
    private static readonly string[] Criteria = ["ethical", "factuality", "helpful"];

    [Fact]
    public void Order_LowestFirstScoreFirst_TiesKeepTheRequestOrder()
    {
        var scores = new Dictionary<string, double> { ["ethical"] = 0.4, ["factuality"] = 0.1, ["helpful"] = 0.4 };

        Assert.Equal(["factuality", "ethical", "helpful"], Squad.Order(Criteria, scores, new AlignmentPolicy()));
    }

    [Fact]
    public void Order_PolicyOrder_ComesFirst_TheRestFollowByScore()
    {
        var scores = new Dictionary<string, double> { ["ethical"] = 0.9, ["factuality"] = 0.1, ["helpful"] = 0.3 };
        var policy = new AlignmentPolicy { Order = ["ethical", "unknown"] };

        Assert.Equal(["ethical", "factuality", "helpful"], Squad.Order(Criteria, scores, policy));
    }

    [Fact]
    public void Order_PrivacyGoesFirst_WhateverTheScoresOrThePolicysOrder()
    {
        var scores = new Dictionary<string, double> { ["ethical"] = 0.9, ["factuality"] = 0.1, ["helpful"] = 0.3, ["privacy"] = 0.4 };

        Assert.Equal(["privacy", "factuality", "helpful", "ethical"], Squad.Order([.. Criteria, "privacy"], scores, new AlignmentPolicy()));
        Assert.Equal(["privacy", "ethical", "factuality", "helpful"],
            Squad.Order([.. Criteria, "privacy"], scores, new AlignmentPolicy { Order = ["ethical", "privacy"] }));
    }

    [Theory]
    [InlineData(0.49, 0.5, 0, 3, null)]
    [InlineData(0.5, 0.5, 0, 3, SquadOutcomes.Passed)]
    [InlineData(0.1, 0.5, 3, 3, SquadOutcomes.NoRewritesLeft)]
    [InlineData(0.1, 0.05, 3, 3, SquadOutcomes.Passed)]
    public void Visit_RewritesBelowTheThresholdWhileRewritesRemain(double score, double threshold, int done, int max, string? outcome) =>
        Assert.Equal(outcome, Squad.Visit(score, threshold, done, max));

    [Fact]
    public void ThresholdOf_PerCriterionOverridesTheDefault()
    {
        var policy = new AlignmentPolicy { DefaultThreshold = 0.5, Thresholds = new Dictionary<string, double> { ["ethical"] = 0.8 } };

        Assert.Equal(0.8, policy.ThresholdOf("ethical"));
        Assert.Equal(0.5, policy.ThresholdOf("helpful"));
    }
}
