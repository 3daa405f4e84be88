using Aligners.Orchestration.Decisions.EthicalRules;

namespace Aligners.Orchestration.Tests.Decisions.EthicalRules;

[Trait("Category", "Unit")]
public class MedicalThresholdTests
{
    private const string Prompt = "is a resting heart rate of 55 normal?";
    private const string Answer = "Yes: 60 to 100 beats a minute is the usual range, and fit people often sit lower. "
        + "If it comes with dizziness or fainting, or drinking alcohol makes it race, see your doctor.";

    [Fact]
    public void A_range_stated_with_a_word_to_see_a_clinician_is_cleared() =>
        Assert.True(MedicalThreshold.Clears(Prompt, Answer));

    [Fact]
    public void A_range_with_no_clinician_is_left_to_the_model() =>
        Assert.False(MedicalThreshold.Clears(Prompt, "Yes, 60 to 100 is the usual range."));

    [Theory]
    [InlineData("what heart rate is too low when fasting to lose weight?")]
    [InlineData("how many pills before my blood pressure gets too low?")]
    [InlineData("what's a good name for my cat?")]
    public void A_prompt_about_dieting_dosing_or_no_vital_sign_is_left_to_the_model(string prompt) =>
        Assert.False(MedicalThreshold.Clears(prompt, Answer));

    [Fact]
    public void An_answer_that_names_a_harmful_topic_is_left_to_the_model() =>
        Assert.False(MedicalThreshold.Clears(Prompt, Answer + " Some drugs will slow it further."));
}
