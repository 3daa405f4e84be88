namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// Shapes of claims read since the seventeenth blind set: a temperature difference, a plain
/// conversion that rounds too far, a count whose subject only the prompt names, pairs of a count,
/// the countries of the United Kingdom, a symbol that opens the answer, and a steady amount over a span of its periods.
/// </summary>
[Trait("Category", "Unit")]
public class AfterTheSeventeenthSetTests
{
    [Theory]
    [InlineData("Is it safe to leave a baby in a car?", "On a warm day the temperature inside can rise by around 10 °C (about 20 °F) in 10 minutes.")]
    [InlineData("How much warmer is it?", "It is 5 °C (9 °F) warmer than yesterday.")]
    [InlineData("How many pounds in a kilo?", "A kilo is about 2 pounds, 2.2 to be precise.")]
    [InlineData("Is there a difference in ribs?", "No: men and women both have 12 pairs of ribs.")]
    [InlineData("how many bones does an adult human have", "206. Newborns have around 270 bones and cartilage pieces, many of which fuse.")]
    [InlineData("what is the chemical symbol for gold", "Au — from the Latin *aurum*. (Ag is silver, from *argentum*.) Gold's atomic number is 79.")]
    [InlineData("What is the capital of Wales?", "Cardiff is the capital of Wales.")]
    [InlineData("if i put away $45 every week how much will i have after 6 weeks", "After 6 weeks you'll have **$270** saved.")]
    [InlineData("I save $45 a week at 3% interest, how much after 6 weeks?", "About $271 with the interest added.")]
    [InlineData("I get $10 a day but spend $4, what's left after 7 days?", "You'd have $42 left.")]
    public void A_true_claim_in_these_shapes_is_not_flagged(string prompt, string answer) => FactAssert.NotFlagged(prompt, answer);

    [Theory]
    [InlineData("How much hotter does it get?", "The temperature can rise by 10 °C (50 °F).", "50", "18")]
    [InlineData("A kilo is exactly 2 pounds, isn't it?", "Exactly — 1 kg = 2 lb, so doubling works.", "2", "2.2")]
    [InlineData("Do men and women have the same number of ribs?", "Yes, both have the same number — 10 pairs of ribs, 20 in total.", "10", "12")]
    [InlineData("what is the capital of scotland", "The capital of Scotland is Glasgow, its biggest city.", "Glasgow", "Edinburgh")]
    [InlineData("if i put away $45 every week how much will i have after 6 weeks", "Week by week:\n1. $45\n2. $90\n3. $135\n4. $180\n5. $225\n6. $260\n\nSo after 6 weeks you'll have **$260** saved.", "260", "270")]
    public void A_false_claim_in_these_shapes_is_contradicted(string prompt, string answer, string claim, string expected)
    {
        var finding = FactAssert.Contradiction(prompt, answer);

        Assert.Equal((claim, expected), (finding.Claim, finding.Expected));
    }
}
