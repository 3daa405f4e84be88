namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// Percentages computed: a part of a whole ("A out of B is P%"), stated or asked, and the
/// percentage change between two counts the prompt gives ("from A to B").
/// </summary>
[Trait("Category", "Unit")]
public class PercentagesTests
{
    [Theory]
    [InlineData("What percent is 18 out of 24?", "18 out of 24 is 60%.", "60", "75")]
    [InlineData("I got 45 out of 60 on my test, what percentage is that?", "45 out of 60 works out to about 70 percent. Nice work!", "70", "75")]
    [InlineData("What percentage is 9 out of 12?", "That's 80%, a solid score.", "80", "75")]
    public void A_wrong_share_of_a_whole_is_contradicted(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Theory]
    [InlineData("What percent is 18 out of 24?", "18 out of 24 is 75%.")]
    [InlineData("What percent is 1 out of 3?", "1 out of 3 is about 33%.")]
    [InlineData("What percentage is 9 out of 12?", "That's 75%, so 25% were missed.")]
    public void The_right_share_is_confirmed(string prompt, string answer) => FactAssert.Confirmed(prompt, answer);

    [Theory]
    [InlineData("Visitors went from 40 to 58 this month. What's the percentage increase?", "That's an 18% increase.", "18", "45")]
    [InlineData("Our team shrank from 80 people to 60 people, what is the percent decrease?", "A drop of 20%, since 20 people left.", "20", "25")]
    [InlineData("My weight went from 90 kg to 99 kg, percentage change?", "You gained 9%.", "9", "10")]
    public void A_wrong_percentage_change_between_counts_is_contradicted(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Theory]
    [InlineData("Visitors went from 40 to 58 this month. What's the percentage increase?", "That's a 45% increase: 58 is 145% of 40.")]
    [InlineData("Our team shrank from 80 people to 60 people, what is the percent decrease?", "A 25% decrease.")]
    public void The_right_percentage_change_is_confirmed(string prompt, string answer) => FactAssert.Confirmed(prompt, answer);

    [Theory]
    [InlineData("Prices rose from 2019 to 2023 by how many percent?", "About 20% overall.")]
    [InlineData("Sales went from 50 to 65 after 3 ads, what percent came from ads?", "Roughly 40%.")]
    public void A_span_of_years_or_a_prompt_with_other_numbers_is_not_read(string prompt, string answer) => FactAssert.NotFlagged(prompt, answer);
}
