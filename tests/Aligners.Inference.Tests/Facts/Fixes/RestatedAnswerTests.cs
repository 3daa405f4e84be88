namespace Aligners.Inference.Tests.Facts.Fixes;

/// <summary>The part of a description that restates what was asked stays with the corrected value.</summary>
[Trait("Category", "Unit")]
public class RestatedAnswerTests
{
    [Fact]
    public void The_restatement_of_the_question_after_and_is_kept_and_the_description_goes() =>
        Assert.Equal("The highest mountain in North America is Denali, which is North America's highest peak.",
            FixHelper.Fix("What is the highest mountain in North America?",
                "The highest mountain in North America is Mount Logan, which rises to 5,959 m and is North America's highest peak.").Text);

    [Fact]
    public void A_clause_that_does_not_restate_the_question_goes_whole() =>
        Assert.Null(RestatedAnswer.Kept("Ankara, which is old and has many museums.", 6, 41, "What is the capital of Turkey?"));

    [Fact]
    public void Without_a_prompt_nothing_is_kept() =>
        Assert.Null(RestatedAnswer.Kept("Denali, which rises high and is North America's highest peak.", 6, 60, ""));
}
