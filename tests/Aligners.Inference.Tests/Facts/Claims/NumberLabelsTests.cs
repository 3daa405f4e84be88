using Aligners.Inference.Tests.Facts.Fixes;

namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>A number after a label word ("base 8", "step 2") names something and is no arithmetic result.</summary>
[Trait("Category", "Unit")]
public class NumberLabelsTests
{
    [Theory]
    [InlineData("Is that in base 8?")]
    [InlineData("See version 3 of the guide.")]
    [InlineData("Go to step 2.")]
    [InlineData("It is on page 10.")]
    [InlineData("Meet in room #101.")]
    public void A_number_after_a_label_word_names_something(string text) =>
        Assert.True(NumberLabels.IsLabelled(text, text.IndexOfAny("0123456789".ToCharArray())));

    [Theory]
    [InlineData("The result is 64.")]
    [InlineData("That makes 8 bases.")]
    public void A_number_after_another_word_is_a_quantity(string text) =>
        Assert.False(NumberLabels.IsLabelled(text, text.IndexOfAny("0123456789".ToCharArray())));

    [Fact]
    public void A_numeral_base_in_a_clarifying_question_is_not_corrected()
    {
        const string answer = "Do you mean in base 8, or in ordinary decimal?";
        var report = FactAssert.Checker.Check("What's 9 times 9?", answer);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == FactVerdicts.Contradicted);
    }

    [Fact]
    public void A_wrong_product_beside_a_step_number_is_still_corrected() =>
        Assert.Contains("81", FixHelper.Fix("What's 9 times 9?", "In step 2 you multiply: the answer is 72.").Text);
}
