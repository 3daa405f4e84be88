namespace Aligners.Orchestration.Tests.Decisions;

[Trait("Category", "Unit")]
public class ReviewTriageTests
{
    private static AlignmentOutput Output(double helpfulAfter, params Unresolved[] unresolved) => new()
    {
        Scores = new Dictionary<string, CriterionScores> { ["ethical"] = new(0.99, 0.99), ["helpful"] = new(0.1, helpfulAfter) },
        Unresolved = unresolved,
    };

    [Fact]
    public void Reasons_CleanAnswer_None() =>
        Assert.Empty(ReviewTriage.Reasons(Output(0.9), new AlignmentPolicy()));

    [Fact]
    public void Reasons_Unresolved_QueuedUnlessThePolicyTurnsItOff()
    {
        var output = Output(0.2, new Unresolved("helpful", "topic", "off topic"));

        var on = ReviewTriage.Reasons(output, new AlignmentPolicy());
        var off = ReviewTriage.Reasons(output, new AlignmentPolicy { Review = new ReviewSettings { Unresolved = false } });
        var held = ReviewTriage.Reasons(output with { HeldForReview = true }, new AlignmentPolicy { Review = new ReviewSettings { Unresolved = false } });

        Assert.Equal(("helpful", "helpful unresolved (topic): off topic"), (Assert.Single(on).Criterion, on[0].Text));
        Assert.Empty(off);
        Assert.Single(held);
    }

    [Theory]
    [InlineData(0.55, 0.1, true)]
    [InlineData(0.45, 0.1, true)]
    [InlineData(0.65, 0.1, false)]
    [InlineData(0.55, 0.0, false)]
    public void Reasons_Borderline_ScoresWithinTheBandOfTheThreshold(double helpfulAfter, double band, bool queued)
    {
        var policy = new AlignmentPolicy { Review = new ReviewSettings { BorderlineBand = band } };

        var reasons = ReviewTriage.Reasons(Output(helpfulAfter), policy);

        Assert.Equal(queued, reasons.Any(r => r.Criterion == "helpful"));
        Assert.DoesNotContain(reasons, r => r.Criterion == "ethical");
    }
}
