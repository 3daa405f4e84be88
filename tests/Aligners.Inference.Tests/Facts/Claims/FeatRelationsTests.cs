namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// The knowledge beyond science: US presidents by their place in order, the world's firsts, films'
/// directors and the makers of buildings and artworks, read in sentences, lists, agreements and
/// corrections; wrong names corrected, right ones confirmed, scopes the tables do not hold left alone.
/// </summary>
[Trait("Category", "Unit")]
public class FeatRelationsTests
{
    [Theory]
    [InlineData("Who was the 16th US president?", "The 16th president of the United States was Ulysses S. Grant.", "Ulysses S. Grant", "Abraham Lincoln")]
    [InlineData("Tell me about early presidents.", "- The third president of the United States: John Adams\n- The fourth: James Madison", "John Adams", "Thomas Jefferson")]
    public void A_wrong_president_for_a_place_in_order_is_corrected(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Fact]
    public void Agreeing_with_a_wrong_president_is_contradicted_in_the_sentence()
    {
        var report = FactAssert.Checker.Check("Was Lincoln the first US president?", "Yes, Abraham Lincoln was the first president of the United States.");
        Assert.Contains(report.Findings, f => f.Verdict == FactVerdicts.Contradicted && f.Claim == "Abraham Lincoln" && f.Expected == "George Washington");
    }

    [Theory]
    [InlineData("Who was the first US president?", "George Washington was the first president of the United States, taking office in 1789.")]
    [InlineData("Who was the 44th president?", "Barack Obama was the 44th president of the United States.")]
    [InlineData("Who was the first person in space?", "Yuri Gagarin became the first person in space in 1961.")]
    public void A_right_name_is_confirmed(string prompt, string answer) => FactAssert.Confirmed(prompt, answer);

    [Theory]
    [InlineData("Who was the first woman in space?", "Sally Ride was the first woman in space, aboard Vostok 6.", "Sally Ride", "Valentina Tereshkova")]
    [InlineData("Who reached the South Pole first?", "Charles Lindbergh was the first person to reach the South Pole, in 1911.", "Charles Lindbergh", "Roald Amundsen")]
    public void A_wrong_name_for_a_world_first_is_corrected(string prompt, string answer, string claim, string expected)
    {
        var finding = FactAssert.Contradiction(prompt, answer);
        Assert.Equal((claim, expected), (finding.Claim, finding.Expected));
    }

    [Theory]
    [InlineData("Who was the UK's first astronaut?", "Britain's first person in space was Helen Sharman, though Yuri Gagarin flew thirty years earlier.")]
    [InlineData("Who was the first person in space from America?", "The first person in space from the United States was Alan Shepard.")]
    public void A_first_narrowed_to_a_country_is_not_the_worlds(string prompt, string answer) => FactAssert.NotFlagged(prompt, answer);

    [Theory]
    [InlineData("who directed jaws", "Jaws (1975) was directed by Stanley Kubrick.", "Stanley Kubrick", "Steven Spielberg")]
    [InlineData("Who made Pulp Fiction?", "Pulp Fiction was directed by Martin Scorsese in 1994.", "Martin Scorsese", "Quentin Tarantino")]
    public void A_wrong_director_is_corrected(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Theory]
    [InlineData("Tell me about the film Inception.", "Inception, starring Leonardo DiCaprio, was written and directed by Christopher Nolan.")]
    [InlineData("Who designed the Sydney Opera House?", "The Sydney Opera House was designed by the Danish architect Jørn Utzon.")]
    public void A_right_maker_is_confirmed(string prompt, string answer) => FactAssert.Confirmed(prompt, answer);

    [Theory]
    [InlineData("Is Jaws a good film?", "Jaws is a classic; Steven Spielberg later made Jurassic Park.")]
    [InlineData("What do you think about the word titanic?", "The word titanic means huge, and the ship Titanic sank in 1912.")]
    public void A_title_without_a_wrong_director_is_not_flagged(string prompt, string answer) => FactAssert.NotFlagged(prompt, answer);

    [Fact]
    public void A_wrong_architect_is_corrected() =>
        FactAssert.ContradictedAt("Who designed St Paul's Cathedral?", "St Paul's Cathedral was designed by Antoni Gaudí.", "Antoni Gaudí", "Christopher Wren");
}
