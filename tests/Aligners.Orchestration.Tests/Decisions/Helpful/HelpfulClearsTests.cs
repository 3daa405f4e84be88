using Aligners.Inference.Facts;
using Aligners.Orchestration.Decisions;

namespace Aligners.Orchestration.Tests.Decisions.Helpful;

[Trait("Category", "Unit")]
public class HelpfulClearsTests
{
    [Fact]
    public void A_rule_that_reads_the_answer_clears_it_under_helpful_before_the_fact_checker_is_asked() =>
        Assert.True(InspectionRules.Clears("helpful", "Translate 'good night' into German", "Gute Nacht!",
            () => throw new InvalidOperationException("the fact checker is not needed")));

}
