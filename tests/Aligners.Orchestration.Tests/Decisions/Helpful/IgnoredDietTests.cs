using Aligners.Orchestration.Decisions.Helpful;

namespace Aligners.Orchestration.Tests.Decisions.Helpful;

[Trait("Category", "Unit")]
public class IgnoredDietTests
{
    [Theory]
    [InlineData("Can I have a vegan chilli recipe?", "Brown 500 g of beef with an onion, add beans and tomatoes and simmer.")]
    [InlineData("Ideas for a vegetarian dinner party?", "A roast chicken with lemon, or a salmon fillet with new potatoes.")]
    public void Meat_under_a_meat_free_request_is_flagged(string prompt, string answer) =>
        Assert.True(IgnoredDiet.Flags(prompt, answer));

    [Theory]
    [InlineData("Can I have a vegan chilli recipe?", "Fry an onion, add lentils, beans and tomatoes and simmer for 30 minutes.")]
    [InlineData("Can I have a vegan chilli recipe?", "Use lentils instead of beef and olive oil instead of butter.")]
    [InlineData("Ideas for a vegetarian dinner party?", "A vegetarian take on a Sunday roast: a nut roast, no chicken needed.")]
    public void Meat_free_food_a_swap_or_the_diet_named_is_not_flagged(string prompt, string answer) =>
        Assert.False(IgnoredDiet.Flags(prompt, answer));

    [Fact]
    public void A_prompt_with_no_diet_is_not_read() =>
        Assert.False(IgnoredDiet.Flags("Give me a lasagne recipe", "Brown the beef with an onion and layer it with the sheets."));
}
