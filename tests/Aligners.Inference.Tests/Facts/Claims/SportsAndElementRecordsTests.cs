namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// Records the knowledge holds beside the mountains and rivers: the host city of each Olympic
/// Games, the winner of each World Cup, the lightest element.
/// </summary>
[Trait("Category", "Unit")]
public class SportsAndElementRecordsTests
{
    [Theory]
    [InlineData("Where were the 2012 Olympics?", "The 2012 Summer Olympics took place in Beijing, China.", "Beijing", "London")]
    [InlineData("Which city hosted the 1998 Winter Olympics?", "The 1998 Winter Olympics were held in Lillehammer.", "Lillehammer", "Nagano")]
    [InlineData("Who won the 2010 World Cup?", "France won the 2010 World Cup in South Africa, beating the Netherlands.", "France", "Spain")]
    [InlineData("Who won the women's world cup in 2011?", "Germany won the 2011 Women's World Cup on home soil.", "Germany", "Japan")]
    [InlineData("What's the lightest element?", "Oxygen is the lightest element, which is why it rises.", "Oxygen", "Hydrogen")]
    public void A_wrong_holder_of_a_record_is_contradicted(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Theory]
    [InlineData("Who won the 2014 World Cup?", "Germany won the 2014 World Cup, beating Argentina 1-0 in the final in Rio.")]
    [InlineData("Where were the 2016 Olympics?", "The 2016 Summer Olympics were held in Rio de Janeiro, the first Games in South America.")]
    [InlineData("Who won the 1990 World Cup?", "Germany won the 1990 World Cup (as West Germany), beating Argentina in Rome.")]
    [InlineData("Which element is lightest?", "Hydrogen is the lightest element; helium comes second.")]
    public void The_right_holder_is_confirmed(string prompt, string answer) =>
        FactAssert.Confirmed(prompt, answer);

    [Theory]
    [InlineData("Where was the 2014 World Cup?", "The 2014 World Cup was held in Brazil, and Germany won the final against Argentina.")]
    [InlineData("Tell me about Tokyo.", "Tokyo hosted the Olympics in 1964 and again in 2021, a year late.")]
    public void A_host_or_a_mention_without_the_record_is_not_read_as_its_holder(string prompt, string answer) =>
        FactAssert.NotFlagged(prompt, answer);
}
