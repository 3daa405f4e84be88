using Aligners.Orchestration.Decisions.Helpful;

namespace Aligners.Orchestration.Tests.Decisions.Helpful;

[Trait("Category", "Unit")]
public class GenericAdviceTests
{
    [Theory]
    [InlineData("How do I prepare for a job interview?", "Make sure you are prepared for the questions. Good luck!")]
    [InlineData("My phone keeps dropping wifi, how do I fix it?", "Something is wrong with your connection. Check your settings and try again.")]
    [InlineData("How can I get better at drawing?", "Keep practising and you'll improve over time. Stay consistent!")]
    [InlineData("What should I bring to a camping weekend?", "Bring the essentials and be prepared for the weather.")]
    public void Generalities_with_nothing_of_the_subject_are_flagged(string prompt, string answer) =>
        Assert.True(GenericAdvice.Flags(prompt, answer));

    [Theory]
    [InlineData("How do I prepare for a job interview?", "Research the company's last annual report. Make sure you are prepared for the questions.")]
    [InlineData("How can I get better at drawing?", "Draw for 20 minutes a day and make sure you copy from life.")]
    [InlineData("My phone keeps dropping wifi, how do I fix it?", "Forget the network in Settings, then make sure you reconnect with the right password.")]
    [InlineData("What should I bring to a camping weekend?", "Pack a tent and a sleeping bag. Make sure you are prepared for rain.")]
    public void An_answer_with_a_sentence_of_content_is_not_flagged(string prompt, string answer) =>
        Assert.False(GenericAdvice.Flags(prompt, answer));

    [Theory]
    [InlineData("How do I clean my laptop?", "Use a product from Apple and make sure it is suitable.")]
    [InlineData("How do I back up my files?", "Make sure you back up: it is the right way.")]
    [InlineData("How do I back up my files?", "Make sure you follow the `rsync` docs.")]
    public void An_answer_that_names_something_new_or_holds_code_or_a_colon_is_not_flagged(string prompt, string answer) =>
        Assert.False(GenericAdvice.Flags(prompt, answer));

    [Fact]
    public void A_name_the_prompt_gave_is_no_content() =>
        Assert.True(GenericAdvice.Flags("What should I pack for Norway?", "Pack appropriately. The weather in Norway can vary, so be prepared."));

    [Theory]
    [InlineData("What is the capital of Canada?", "Ottawa.")]
    [InlineData("How do I make a branch?", "Use git.")]
    public void Short_answers_with_no_generic_advice_are_left_to_the_other_rules(string prompt, string answer) =>
        Assert.False(GenericAdvice.Flags(prompt, answer));

    [Fact]
    public void A_declining_answer_is_left_to_the_refusal_rules() =>
        Assert.False(GenericAdvice.Flags("How do I pick this lock?", "I can't help with that. Make sure you are safe."));
}
