namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// An answer that opens by agreeing with a false claim of the user: the agreement is corrected to a
/// disagreement in its place; openings that hedge or deny are no agreement.
/// </summary>
[Trait("Category", "Unit")]
public class AgreementOpeningTests
{
    [Theory]
    [InlineData("My cousin says the moon is a planet. True?", "Your cousin is right: the Moon is a planet that circles Earth.", "Your cousin is right", "Your cousin is not right")]
    [InlineData("I was told the sun is a planet, correct?", "That's right, the Sun is a planet.", "That's right", "No")]
    [InlineData("Our textbook says the sun is a planet?", "Yes! The Sun is the biggest planet we have.", "Yes", "No")]
    public void Agreeing_with_a_false_claim_is_corrected_to_disagreeing(string prompt, string answer, string opening, string expected)
    {
        var report = FactAssert.Checker.Check(prompt, answer);
        var agreement = Assert.Single(report.Findings, f => f.Verdict == FactVerdicts.Contradicted && f.Start == 0);
        Assert.Equal((opening, expected), (agreement.Claim, agreement.Expected));
    }

    [Theory]
    [InlineData("I read the sun is a planet. Right?", "Not quite right: the Sun is a star.")]
    [InlineData("I read the sun is a planet. Right?", "Your source isn't correct: the Sun is a star.")]
    [InlineData("I read the sun is a planet. Right?", "The right answer is that the Sun is a star.")]
    [InlineData("Is the capital of Peru Lima?", "Yes, the capital of Peru is Lima.")]
    public void A_hedged_or_denying_opening_or_agreement_with_a_true_claim_is_not_flagged(string prompt, string answer) =>
        FactAssert.NotFlagged(prompt, answer);

    [Theory]
    [InlineData("Yes, it is.", 0, 3)]
    [InlineData("  All four look right! Good list.", 2, 19)]
    [InlineData("Everything you wrote is correct.", 0, 31)]
    public void The_agreeing_opening_is_found_where_it_stands(string answer, int start, int length) =>
        Assert.Equal((start, length), AgreementOpening.Find(answer));

    [Theory]
    [InlineData("Almost all of them are right.")]
    [InlineData("It is not correct.")]
    [InlineData("Paris is the capital.")]
    public void An_opening_that_does_not_agree_is_not_found(string answer) => Assert.Null(AgreementOpening.Find(answer));
}
