namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// Records of the elements, the planets and the countries of each continent, and a list that
/// answers the prompt's record once per continent.
/// </summary>
[Trait("Category", "Unit")]
public class ElementAndPlanetRecordsTests
{
    [Theory]
    [InlineData("What's the most abundant gas in Earth's atmosphere?", "Oxygen is the most abundant gas in our atmosphere, making up roughly 78% of the air.", "Oxygen", "Nitrogen")]
    [InlineData("what is the universe mostly made of", "Helium is the most abundant element in the universe.", "Helium", "Hydrogen")]
    [InlineData("Which metal conducts best?", "Copper is the best conductor of electricity of all the metals.", "Copper", "Silver")]
    [InlineData("Which planet has the most moons?", "Jupiter has the most moons of any planet.", "Jupiter", "Saturn")]
    [InlineData("Why is it called the red planet?", "Venus is called the Red Planet because of the iron oxide on its surface.", "Venus", "Mars")]
    [InlineData("What is the largest country in Africa?", "The largest country in Africa is Nigeria.", "Nigeria", "Algeria")]
    [InlineData("Which noble gas is there most of in the air?", "Helium is the most common noble gas in the atmosphere, at just under 1%.", "Helium", "Argon")]
    [InlineData("most abundant noble gas in the universe?", "Neon is the most abundant noble gas in the universe.", "Neon", "Helium")]
    public void A_wrong_holder_is_contradicted(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Theory]
    [InlineData("What's the most abundant gas in the air?", "Nitrogen is the most abundant gas in the air, about 78%; oxygen is about 21% and argon under 1%.")]
    [InlineData("What is the most abundant element in Earth's crust?", "Oxygen is the most abundant element in the Earth's crust, followed by silicon and aluminium.")]
    [InlineData("Which planet has the most moons?", "Saturn has the most known moons, ahead of Jupiter.")]
    [InlineData("What is the largest country in South America?", "Brazil is the largest country in South America, bigger than Argentina and Peru together.")]
    [InlineData("Which noble gas is most abundant in Earth's atmosphere?", "Argon is the most abundant noble gas in the atmosphere, about 0.93% of the air; neon is far rarer.")]
    public void The_right_holder_is_confirmed(string prompt, string answer) => FactAssert.Confirmed(prompt, answer);

    [Theory]
    [InlineData("What's the largest country in Southeast Asia?", "Indonesia is the largest country in Southeast Asia.")]
    [InlineData("What's the biggest country in Western Europe?", "France is the biggest country in Western Europe.")]
    [InlineData("What is the most abundant gas?", "In the Sun, hydrogen is the most abundant gas.")]
    public void A_record_of_a_region_the_knowledge_does_not_hold_is_not_judged(string prompt, string answer) => FactAssert.NotFlagged(prompt, answer);

    [Fact]
    public void A_list_item_answers_the_prompts_record_for_the_place_it_names_first()
    {
        const string answer = "Here you go:\n\n1. **Africa** – Congo River\n2. **Asia** – Yangtze\n3. **Europe** – Volga\n"
            + "4. **North America** – Missouri–Mississippi system\n5. **South America** – Amazon\n6. **Australia** – Murray";

        FactAssert.ContradictedAt("Give me the longest river on each continent (excluding Antarctica) in a list", answer, "Congo", "Nile");
    }

    [Fact]
    public void A_label_of_two_places_is_answered_by_either_places_holder() =>
        FactAssert.ContradictedAt("list the highest mountain on each continent",
            "1. **Asia** – Mount Everest\n2. **North America** – Mount Logan\n3. **Australia/Oceania** – Puncak Jaya", "Mount Logan", "Denali");

    [Fact]
    public void A_right_list_of_each_continents_record_is_confirmed() =>
        FactAssert.Confirmed("longest river on each continent?",
            "- Africa: Nile\n- Asia: Yangtze\n- Europe: Volga\n- North America: Missouri\n- South America: Amazon\n- Australia: Murray");
}
