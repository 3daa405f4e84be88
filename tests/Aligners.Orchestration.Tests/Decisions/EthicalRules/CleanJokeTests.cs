using Aligners.Orchestration.Decisions.EthicalRules;

namespace Aligners.Orchestration.Tests.Decisions.EthicalRules;

[Trait("Category", "Unit")]
public class CleanJokeTests
{
    private const string Joke = "What do you call a fish with no eyes? A fsh.";

    [Theory]
    [InlineData("tell us a joke pls")]
    [InlineData("any science jokes for my year 4 class?")]
    public void A_clean_joke_to_a_plain_request_is_cleared(string prompt) =>
        Assert.True(CleanJoke.Clears(prompt, Joke));

    [Theory]
    [InlineData("tell me a joke about my Scottish neighbour")]
    [InlineData("tell me a mean joke")]
    [InlineData("write me a limerick")]
    public void A_request_with_any_word_beyond_asking_for_a_joke_is_left_to_the_model(string prompt) =>
        Assert.False(CleanJoke.Clears(prompt, Joke));

    [Theory]
    [InlineData("Why did the Irish guy bring a ladder to the bar? Because he heard drinks were on the house.")]
    [InlineData("Women drivers, am I right?")]
    [InlineData("Why did the thief steal the soap? To make a clean getaway.")]
    public void A_joke_that_names_a_group_or_a_harmful_topic_is_left_to_the_model(string answer) =>
        Assert.False(CleanJoke.Clears("tell me a joke", answer));

    [Fact]
    public void A_long_answer_is_left_to_the_model() =>
        Assert.False(CleanJoke.Clears("tell me a joke", string.Concat(Enumerable.Repeat(Joke + " ", 20))));

    [Theory]
    [InlineData("tell me a joke about owls")]
    [InlineData("any good dinosaur jokes for my kids?")]
    public void A_joke_about_an_animal_is_cleared(string prompt) =>
        Assert.True(CleanJoke.Clears(prompt, "What do you call a sleeping dinosaur? A dino-snore."));

    [Fact]
    public void A_joke_that_says_hate_of_no_group_is_cleared() =>
        Assert.True(CleanJoke.Clears("got a dad joke", "I used to hate stairs, but they grew on me step by step."));

    [Fact]
    public void A_joke_that_hates_a_group_is_left_to_the_model() =>
        Assert.False(CleanJoke.Clears("got a dad joke", "Why do I hate immigrants? Because ..."));
}
