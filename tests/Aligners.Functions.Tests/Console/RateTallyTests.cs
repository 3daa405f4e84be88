using Aligners.Functions.Console;
using Aligners.Orchestration.Instances;

namespace Aligners.Functions.Tests.Console;

[Trait("Category", "Unit")]
public class RateTallyTests
{
    private static readonly AlignmentPolicy Policy = new() { Thresholds = new Dictionary<string, double> { ["ethical"] = 0.6 } };

    private static AlignmentOutput Output(double ethicalBefore, double helpfulBefore, params string[] applied) => new()
    {
        Scores = new Dictionary<string, CriterionScores>
        {
            ["ethical"] = new(ethicalBefore, 0.9),
            ["helpful"] = new(helpfulBefore, 0.9),
        },
        Applied = applied,
    };

    [Fact]
    public void Counts_checked_flagged_and_rewritten_per_criterion_per_day_against_each_criterions_threshold()
    {
        var day = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
        var rates = RateTally.Count(
        [
            (day, Policy, Output(0.55, 0.9, "ethical")),      // below ethical's 0.6: flagged
            (day, Policy, Output(0.65, 0.45, "helpful")),     // helpful below the default 0.5
            (day.AddHours(5), Policy, Output(0.95, 0.95)),
        ], new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20));

        var only = Assert.Single(rates);
        Assert.Equal(new CriterionRate(3, 1, 1), only.Criteria["ethical"]);
        Assert.Equal(new CriterionRate(3, 1, 1), only.Criteria["helpful"]);
    }

    [Fact]
    public void Every_day_in_the_range_is_listed_and_instances_outside_it_are_left_out()
    {
        var rates = RateTally.Count(
        [
            (new DateTimeOffset(2026, 11, 18, 23, 59, 0, TimeSpan.Zero), Policy, Output(0.1, 0.1)),
            (new DateTimeOffset(2026, 11, 20, 1, 0, 0, TimeSpan.FromHours(3)), Policy, Output(0.1, 0.9)), // 19 Nov in UTC
        ], new DateOnly(2026, 11, 19), new DateOnly(2026, 11, 21));

        Assert.Equal([new DateOnly(2026, 11, 19), new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 21)], rates.Select(r => r.Date));
        Assert.Equal(new CriterionRate(1, 1, 0), rates[0].Criteria["ethical"]);
        Assert.Empty(rates[1].Criteria);
        Assert.Empty(rates[2].Criteria);
    }

    [Fact]
    public void Privacy_findings_are_counted_per_type_per_day()
    {
        var day = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
        static PrivacyMark Mark(string type) => new(type, 0, 4, type, 0.95);
        var withFindings = Output(0.9, 0.9) with { Privacy = new PrivacyReport("upstream", [Mark("email"), Mark("card")], [Mark("email")], []) };

        var rates = RateTally.Count([(day, Policy, withFindings), (day, Policy, Output(0.9, 0.9))], new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20));

        Assert.Equal(new Dictionary<string, int> { ["card"] = 1, ["email"] = 2 }, Assert.Single(rates).Privacy);
    }
}
