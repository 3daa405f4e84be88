namespace Aligners.Inference.Tests.Facts.Fixes;

/// <summary>The clause after "Yes" or "No" that judges the user or someone else right or wrong.</summary>
[Trait("Category", "Unit")]
public class AgreementClausesTests
{
    [Theory]
    [InlineData("Yes, your aunt is correct — ", "Yes, your aunt is correct")]
    [InlineData("No, that's wrong. Rest", "No, that's wrong")]
    [InlineData("Yes! You're spot on: rest", "Yes! You're spot on")]
    public void A_judgement_clause_after_the_opening_word_is_found(string text, string clause) =>
        Assert.Equal(clause.Length, AgreementClauses.EndAfter(text, 3));

    [Theory]
    [InlineData("Yes, the capital of Peru is Lima.")]
    [InlineData("Yes, you can see it on the map.")]
    public void A_clause_that_judges_nobody_is_none(string text) =>
        Assert.Null(AgreementClauses.EndAfter(text, 3));

    [Theory]
    [InlineData("Is krypton a gas?", true)]
    [InlineData("My sister says so. Does she have it right?", true)]
    [InlineData("Which is a gas, krypton or tin?", false)]
    public void A_question_opening_with_an_auxiliary_is_yes_or_no(string prompt, bool expected) =>
        Assert.Equal(expected, DeniedQuestion.IsYesNo(prompt));
}
