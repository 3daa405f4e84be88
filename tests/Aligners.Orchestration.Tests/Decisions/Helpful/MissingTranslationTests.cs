using Aligners.Orchestration.Decisions.Helpful;

namespace Aligners.Orchestration.Tests.Decisions.Helpful;

[Trait("Category", "Unit")]
public class MissingTranslationTests
{
    [Theory]
    [InlineData("how do you say 'good night' in Italian", "Italy is famous for its food and its long summer evenings.")]
    [InlineData("Translate 'I am hungry' into French.", "French is spoken in many countries and is a lovely language to learn.")]
    public void A_translation_asked_for_and_not_given_is_flagged(string prompt, string answer) =>
        Assert.True(MissingTranslation.Flags(prompt, answer));

    [Theory]
    [InlineData("how do you say 'good night' in Italian", "Buona notte.")]
    [InlineData("how do you say 'good night' in Italian", "In Italian it's **buona notte**, said in the evening.")]
    [InlineData("Translate 'I am hungry' into French.", "You'd say \"J'ai faim\" in French.")]
    [InlineData("Translate 'I am hungry' into French.", "In French: J'ai faim")]
    public void A_given_translation_anywhere_in_the_answer_is_not_flagged(string prompt, string answer) =>
        Assert.False(MissingTranslation.Flags(prompt, answer));

    [Fact]
    public void A_prompt_that_gives_no_text_is_not_read() =>
        Assert.False(MissingTranslation.Flags("How do I say thanks in Japanese?", "Japan has a rich culture of politeness."));

    [Fact]
    public void A_refusal_is_left_to_the_refusal_rules() =>
        Assert.False(MissingTranslation.Flags("Translate 'hello' into German", "I'm unable to translate text."));
}
