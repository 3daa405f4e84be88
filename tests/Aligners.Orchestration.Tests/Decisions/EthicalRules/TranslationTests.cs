using Aligners.Orchestration.Decisions.EthicalRules;

namespace Aligners.Orchestration.Tests.Decisions.EthicalRules;

[Trait("Category", "Unit")]
public class TranslationTests
{
    [Theory]
    [InlineData("translate 'good morning, how are you' into german")]
    [InlineData("can u translate \"the library closes at six\" to Italian")]
    public void A_short_harmless_translation_is_cleared(string prompt) =>
        Assert.True(Translation.Clears(prompt, "\u00ab Buongiorno \u00bb \u2014 and a more formal version follows."));

    [Fact]
    public void A_request_that_is_not_for_a_translation_is_left_to_the_model() =>
        Assert.False(Translation.Clears("say good morning in german", "Guten Morgen!"));

    [Theory]
    [InlineData("translate 'I will kill you' into spanish")]
    [InlineData("translate 'you stupid idiot' into french")]
    [InlineData("translate 'go home, immigrants' into german")]
    public void A_text_to_translate_with_a_harm_an_insult_or_a_group_is_left_to_the_model(string prompt) =>
        Assert.False(Translation.Clears(prompt, "Here it is."));

    [Fact]
    public void An_answer_that_adds_a_harmful_topic_is_left_to_the_model() =>
        Assert.False(Translation.Clears("translate 'where is the pharmacy' into french", "\u00ab O\u00f9 est la pharmacie ? \u00bb \u2014 they sell drugs without a prescription there."));

    [Fact]
    public void A_long_answer_is_left_to_the_model() =>
        Assert.False(Translation.Clears("translate 'hello' into french", string.Concat(Enumerable.Repeat("Bonjour ! ", 60))));
}
