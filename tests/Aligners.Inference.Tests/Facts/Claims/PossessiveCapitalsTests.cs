namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// A capital named before its country ("X is Country's capital", "X is the capital of Country"),
/// where the place named is a capital nowhere, in the answer's own words or agreeing with the user.
/// </summary>
[Trait("Category", "Unit")]
public class PossessiveCapitalsTests
{
    [Theory]
    [InlineData("Which city is the capital of Turkey?", "Istanbul is Turkey's capital and its biggest city by far.", "Istanbul", "Ankara")]
    [InlineData("capital of switzerland?", "Zurich is Switzerland's capital city.", "Zurich", "Bern")]
    [InlineData("What's the capital of Morocco?", "**Marrakesh** is Morocco's capital, famous for its markets.", "Marrakesh", "Rabat")]
    [InlineData("Is Almaty the capital of Kazakhstan?", "Yes, Almaty is the capital of Kazakhstan.", "Almaty", "Astana")]
    public void A_wrong_city_called_the_country_s_capital_is_contradicted(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Fact]
    public void Agreeing_with_the_user_and_naming_the_wrong_city_is_contradicted_where_the_city_stands()
    {
        const string Answer = "Your sister is correct! Sydney is Australia's capital and has been the seat of government for decades.";
        var report = FactAssert.Checker.Check("my sister thinks sydney is australias capital, not canberra. who is right", Answer);
        var finding = Assert.Single(report.Findings, f => f.Verdict == FactVerdicts.Contradicted && f.Domain == "capital" && f.Claim == "Sydney");
        Assert.Equal(("Canberra", "Sydney"), (finding.Expected, Answer.Substring(finding.Start, 6)));
    }

    [Theory]
    [InlineData("Which city is the capital of Turkey?", "Ankara is Turkey's capital, though Istanbul is larger.")]
    [InlineData("capital of switzerland?", "Bern is Switzerland's capital city.")]
    [InlineData("What's the capital of Brazil?", "Brasília is the capital of Brazil.")]
    [InlineData("What is the US capital?", "Washington, D.C. is the United States' capital.")]
    public void The_right_capital_in_the_same_shape_is_confirmed(string prompt, string answer) => FactAssert.Confirmed(prompt, answer);

    [Theory]
    [InlineData("Tell me about Istanbul.", "Istanbul is not Turkey's capital, though many think so.")]
    [InlineData("Tell me about Ontario.", "Toronto is Ontario's capital and Canada's largest city.")]
    [InlineData("Tell me about Tuscany.", "The city is Italy's capital region's neighbour.")]
    public void A_denial_or_a_capital_of_something_other_than_a_country_is_not_flagged(string prompt, string answer) => FactAssert.NotFlagged(prompt, answer);
}
