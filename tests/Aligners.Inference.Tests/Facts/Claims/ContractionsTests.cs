namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// The first half of a contraction ("won't") names nothing, and a denial in a clause that draws a
/// consequence ("..., so you don't need ...") does not deny the claim before it.
/// </summary>
[Trait("Category", "Unit")]
public class ContractionsTests
{
    [Theory]
    [InlineData("What money do they use in Denmark?", "Denmark uses the euro, so you won't have to exchange anything.", "euro", "Danish Krone")]
    [InlineData("Currency of Poland?", "Poland's currency is the euro, which means you don't need cash from home.", "euro", "Zloty")]
    public void A_wrong_currency_before_a_denied_consequence_is_corrected(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Theory]
    [InlineData("What money do they use in Denmark?", "Denmark uses the Danish krone, so you won't need euros.")]
    [InlineData("Currency of Japan?", "Japan doesn't use the yuan, so you won't need it.")]
    public void A_right_currency_or_a_denied_one_is_not_flagged(string prompt, string answer) =>
        FactAssert.NotFlagged(prompt, answer);

    [Theory]
    [InlineData("won't", 3, true)]
    [InlineData("can't go", 3, true)]
    [InlineData("chad's", 4, false)]
    [InlineData("won", 3, false)]
    public void A_word_before_an_apostrophe_t_continues(string folded, int end, bool continues) =>
        Assert.Equal(continues, Contractions.Continues(folded, end));

    [Fact]
    public void The_clause_of_consequence_is_cut_after_the_claim()
    {
        const string folded = "x uses the euro, so you won't need it";
        Assert.Equal((0, 15), ConsequenceClauses.UpToConsequence(folded, (0, folded.Length), 15));
    }
}
