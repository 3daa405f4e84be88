using Aligners.Orchestration.Decisions.Helpful;

namespace Aligners.Orchestration.Tests.Decisions.Helpful;

[Trait("Category", "Unit")]
public class GivenTranslationTests
{
    [Theory]
    [InlineData("Translate 'good night' into German", "Gute Nacht!")]
    [InlineData("translate 'how much is the bread' into french", "**Combien coûte le pain ?**\n\nIn a bakery you can also just say \"Ça coûte combien ?\".")]
    [InlineData("Could you translate 'I would like a coffee' into Italian?", "In Italian: Vorrei un caffè.")]
    public void A_text_in_another_language_under_a_request_to_translate_is_cleared(string prompt, string answer) =>
        Assert.True(GivenTranslation.Clears(prompt, answer));

    [Theory]
    [InlineData("I can't translate texts. Please try an online translator.")]
    [InlineData("I'm afraid translations aren't something I do.")]
    [InlineData("For accuracy, I'd recommend using a professional translation service.")]
    [InlineData("Good night is a common way to say goodbye in the evening.")]
    [InlineData("'Good night'")]
    public void A_refusal_a_deflection_english_prose_or_the_text_itself_is_not_cleared(string answer) =>
        Assert.False(GivenTranslation.Clears("Translate 'good night' into German", answer));

    [Fact]
    public void A_prompt_that_gives_no_text_to_translate_is_not_cleared() =>
        Assert.False(GivenTranslation.Clears("Can you translate for me?", "Gute Nacht!"));

    [Fact]
    public void A_prompt_that_does_not_ask_to_translate_is_not_cleared() =>
        Assert.False(GivenTranslation.Clears("What does 'Gute Nacht' mean?", "Bonne nuit."));
}
