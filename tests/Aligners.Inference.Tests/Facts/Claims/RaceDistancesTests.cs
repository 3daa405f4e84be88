namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// A race named by its distance ("a 10K", "a half marathon") read as that quantity, and the
/// length the answer gives it in miles or kilometres converted and judged.
/// </summary>
[Trait("Category", "Unit")]
public class RaceDistancesTests
{
    [Theory]
    [InlineData("Signing up for a 10k, how far is it in miles?", "A 10K is roughly 7.5 miles, so pace yourself.", "7.5", "6.2")]
    [InlineData("how long is a half marathon", "A half marathon is 15.5 miles long.", "15.5", "13.1")]
    [InlineData("Marathon distance in km?", "The marathon = 40 km, set at the 1908 London Olympics.", "40", "42.2")]
    [InlineData("Is a 15K a long race?", "A 15k is about 12 miles, a solid distance.", "12", "9.3")]
    public void A_wrong_length_for_a_race_is_contradicted_and_written_like_the_claim(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Theory]
    [InlineData("Signing up for a 10k, how far is it in miles?", "A 10K is about 6.2 miles.")]
    [InlineData("how long is a half marathon", "A half marathon is 13.1 miles (21.1 km).")]
    [InlineData("Marathon distance in km?", "A marathon is 42.195 km, or 26.2 miles.")]
    [InlineData("how many miles is a 5k", "A 5K is just over 3 miles.")]
    public void The_right_length_in_the_same_shape_is_confirmed(string prompt, string answer) => FactAssert.Confirmed(prompt, answer);

    [Theory]
    [InlineData("Any tips for my 5K?", "A 5K with 2 km of hills is tough; train on slopes.")]
    [InlineData("What salary should I ask for?", "Ask for a $5K raise, about 8 percent more.")]
    [InlineData("How was the marathon?", "The marathon runners covered 26 miles before the final stretch.")]
    public void A_length_said_of_something_else_is_no_claim(string prompt, string answer) => FactAssert.NotFlagged(prompt, answer);
}
