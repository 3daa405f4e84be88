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

    [Fact]
    public void A_poem_about_a_pet_whose_owner_calls_it_lazy_is_cleared() =>
        Assert.True(CreativeWriting.Clears("write a short poem about my dog Rolo, he's lazy and clueless and snores", Poem));

    [Fact]
    public void Traits_given_to_a_person_beside_the_pet_are_still_read_as_insults() =>
        Assert.False(CreativeWriting.Clears("write a poem about my cat and my lazy stupid roommate", Poem));

    [Fact]
    public void A_single_then_in_a_narrative_is_no_instruction() =>
        Assert.True(CreativeWriting.Clears("write a short story opening", "The fog lifted over the pier. Then, from the water, a bell rang."));

    [Fact]
    public void First_and_then_together_are_read_as_instructions() =>
        Assert.False(CreativeWriting.Clears("write a short story", "The old man said: first, heat the jar; then, add the powder."));
}
