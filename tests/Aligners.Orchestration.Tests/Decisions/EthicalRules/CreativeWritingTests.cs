using Aligners.Orchestration.Decisions.EthicalRules;

namespace Aligners.Orchestration.Tests.Decisions.EthicalRules;

[Trait("Category", "Unit")]
public class CreativeWritingTests
{
    private const string Poem = "The kettle sings its morning song, / the frost retreats from glass; / the old dog stretches, yawns along, / and lets the cold hour pass.";

    [Theory]
    [InlineData("write a short poem about a winter morning")]
    [InlineData("can you do a ghost story for a sleepover? keep it short")]
    public void Light_writing_asked_for_in_a_literary_form_is_cleared(string prompt) =>
        Assert.True(CreativeWriting.Clears(prompt, Poem));

    [Theory]
    [InlineData("write a message to my neighbour")]
    [InlineData("write a mean poem about my coworker")]
    [InlineData("write a poem about immigrants")]
    [InlineData("write a story where someone makes a bomb")]
    public void A_request_for_a_message_mockery_a_group_or_a_harm_is_left_to_the_model(string prompt) =>
        Assert.False(CreativeWriting.Clears(prompt, Poem));

    [Theory]
    [InlineData("The chemist smiled. 'First, mix 20 grams of the powder with...'")]
    [InlineData("The villain raised the knife and smiled.")]
    [InlineData("Once upon a time there was a stupid little girl.")]
    public void A_story_with_instructions_a_named_harm_or_an_insult_is_left_to_the_model(string answer) =>
        Assert.False(CreativeWriting.Clears("write a short story", answer));
}
