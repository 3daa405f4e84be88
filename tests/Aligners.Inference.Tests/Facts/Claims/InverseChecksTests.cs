namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// An answer that checks the asked division by its inverse ("8 × 12 = 96") confirms the user's
/// result; where the right value is the user's own, an answer that gives another is flagged
/// without a correction, for replacing its number would keep its "you are wrong".
/// </summary>
[Trait("Category", "Unit")]
public class InverseChecksTests
{
    [Theory]
    [InlineData("is 96 ÷ 8 = 12?", "Yes! 8 × 12 = 96, so you got it.")]
    [InlineData("quick check: 2,400 ÷ 16 = 150?", "Correct, 16 × 150 = 2,400. Well done.")]
    [InlineData("is 7,000 / 25 = 280 right?", "That's right: 280 × 25 = 7,000.")]
    public void An_inverse_check_confirms_the_asked_result(string prompt, string answer) =>
        FactAssert.NotFlagged(prompt, answer);

    [Fact]
    public void A_wrong_answer_to_a_user_who_was_right_is_flagged_without_a_correction()
    {
        var finding = FactAssert.Contradiction("is 96 ÷ 8 = 12?", "Not quite — 96 ÷ 8 = 14. Check your second step.");
        Assert.Equal("12", finding.Expected);
        Assert.False(finding.Correctable);
    }

    [Fact]
    public void A_wrong_result_to_a_plain_question_is_still_corrected()
    {
        var finding = FactAssert.Contradiction("what is 96 ÷ 8?", "96 ÷ 8 = 14.");
        Assert.Equal(("14", "12"), (finding.Claim, finding.Expected));
        Assert.True(finding.Correctable);
    }

    [Theory]
    [InlineData("is 96 ÷ 8 = 12?", 12, true)]
    [InlineData("does 40 + 2 equal 42", 42, false)]
    [InlineData("what is 96 ÷ 8? I think 12", 12, false)]
    public void The_users_own_result_is_read_after_an_equals_sign_or_is(string prompt, double value, bool stated) =>
        Assert.Equal(stated, UsersOwnValue.Stated(prompt, value));
}
