namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// Sports records: the World Cup titles and the sprint world records, where a place in the sentence
/// says where a record was set, and the women's record is not the men's.
/// </summary>
[Trait("Category", "Unit")]
public class RecordSexAndSportsTests
{
    [Theory]
    [InlineData("Which nation has the most World Cup titles?", "Italy holds the most World Cup titles, with four.", "Italy", "Brazil")]
    [InlineData("who is fastest over 200m", "The 200 m world record belongs to Michael Johnson, set in Atlanta.", "Michael Johnson", "Usain Bolt")]
    [InlineData("Women's sprint record?", "The women's 100m world record is held by Marion Jones.", "Marion Jones", "Florence Griffith-Joyner")]
    public void A_wrong_record_holder_is_corrected(string prompt, string answer, string claim, string expected)
    {
        var finding = FactAssert.Contradiction(prompt, answer);
        Assert.Equal((claim, expected), (finding.Claim, finding.Expected));
    }

    [Theory]
    [InlineData("Who has won most Women's World Cups?", "The United States has won the most World Cups in women's football, with four.")]
    [InlineData("100m record?", "Usain Bolt set the 100m world record of 9.58 seconds in Berlin in 2009.")]
    public void A_record_of_the_other_sex_or_a_right_holder_is_not_flagged(string prompt, string answer) => FactAssert.NotFlagged(prompt, answer);

    [Theory]
    [InlineData("most world cups", "the women's side has won the most world cups", true)]
    [InlineData("most world cups", "brazil has won the most world cups", false)]
    [InlineData("women's 100m world record", "the women's 100m world record", false)]
    public void A_sentence_on_women_leaves_a_row_not_the_womens_unchecked(string kind, string folded, bool other) =>
        Assert.Equal(other, RecordSex.Other(new SuperlativeFact([kind], [], "g", ["x"], "s"), folded, 0, folded.Length));
}
