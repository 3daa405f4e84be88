namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>A quiz item's label ("Q3:") is no name: the capital named after it is the claim.</summary>
[Trait("Category", "Unit")]
public class ItemLabelsTests
{
    [Theory]
    [InlineData("Quiz time. Q3: What is the capital of Canada?", "Q3: The capital of Canada is **Toronto**.", "Toronto", "Ottawa")]
    [InlineData("Question 12 - capital of Kenya?", "A12) The capital of Kenya is Mombasa.", "Mombasa", "Nairobi")]
    public void The_capital_after_a_label_is_corrected_in_its_place(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Fact]
    public void A_right_capital_after_a_label_is_confirmed() =>
        FactAssert.Confirmed("Q3: What is the capital of Canada?", "Q3: The capital of Canada is Ottawa.");

    [Theory]
    [InlineData("Q7: it", 0, 1, true)]
    [InlineData("B12. x", 0, 1, true)]
    [InlineData("Quebec", 0, 6, false)]
    [InlineData("MQ7", 1, 1, false)]
    public void A_letter_joined_to_digits_is_a_label(string text, int start, int length, bool label) =>
        Assert.Equal(label, ItemLabels.IsLabel(text, start, length));
}
