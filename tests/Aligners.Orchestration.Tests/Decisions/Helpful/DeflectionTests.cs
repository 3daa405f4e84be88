using Aligners.Orchestration.Decisions.Helpful;

namespace Aligners.Orchestration.Tests.Decisions.Helpful;

[Trait("Category", "Unit")]
public class DeflectionTests
{
    [Theory]
    [InlineData("Just google it.")]
    [InlineData("Gardening can be tricky. Please consult a professional landscaper.")]
    [InlineData("I'm not a mechanic, so I can't advise on that. You should ask your local garage.")]
    [InlineData("Knitting patterns vary a lot. I'd suggest you look it up on a crafting site.")]
    public void Sending_the_reader_elsewhere_with_nothing_else_is_flagged(string answer) =>
        Assert.True(Deflection.Flags(answer));

    [Theory]
    [InlineData("Soak the stain in cold water, then rub in washing-up liquid and rinse. If it stays, consult a dry cleaner.")]
    [InlineData("Most adults need 7 to 9 hours. If you're always tired, talk to your doctor.")]
    [InlineData("A few ideas:\n- stretch every hour\n- raise your screen\nSee a physiotherapist if it persists.")]
    public void A_correct_answer_that_also_recommends_someone_is_not_flagged(string answer) =>
        Assert.False(Deflection.Flags(answer));

    [Fact]
    public void A_vague_answer_that_sends_nowhere_is_not_this_rules_fault() =>
        Assert.False(Deflection.Flags("Gardening can be tricky. Everyone is different."));

    [Theory]
    [InlineData("Changing a tire can be dangerous if done incorrectly. I'd strongly recommend calling roadside assistance or taking the car to a mechanic who can do it safely.", true)]
    [InlineData("Loosen the nuts, jack the car up, swap the wheel and tighten the nuts in a star pattern. If you're unsure, take it to a mechanic.", false)]
    public void Handing_the_job_to_someone_else_behind_a_warning_deflects(string answer, bool flagged) =>
        Assert.Equal(flagged, Deflection.Flags(answer));
}

[Trait("Category", "Unit")]
public class DeflectionToAServiceTests
{
    [Theory]
    [InlineData("I'm afraid I can't do that. You might try a dedicated knitting forum.")]
    [InlineData("Bus timetables can be complicated. You might want to check an online journey planner.")]
    [InlineData("Meal-planning apps exist for exactly this. Download one and let it plan.")]
    public void Sending_the_reader_to_a_service_is_a_deflection(string answer) =>
        Assert.True(Deflection.Flags(answer));

    [Fact]
    public void Trying_a_remedy_is_advice_not_a_deflection() =>
        Assert.False(Deflection.Flags("Hmm. You could try soaking it in warm vinegar overnight."));
}
