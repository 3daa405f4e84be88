namespace Aligners.Inference.Tests.Facts.Claims;

[Trait("Category", "Unit")]
public class ArithmeticStatementsTests
{
    [Theory]
    [InlineData("What do we each pay?", "A 15% tip on $80 is $12, bringing the total to $94.", "94", "92")]
    [InlineData("What do we each pay?", "A 20% tip on $60 comes to $12, so the total is $70.", "70", "72")]
    [InlineData("What do we each pay?", "A 15% tip on $80 is $12, so the total is $92. Split between 4 people, that's $25 each.", "25", "23")]
    [InlineData("How many seconds in a day?", "There are 24 hours × 60 minutes × 60 seconds = 84,600 seconds in a day.", "84,600", "86,400")]
    [InlineData("Is it 30?", "Actually, 20% of 150 is 25, not 30.", "25", "30")]
    [InlineData("And after the raise?", "$50 increased by 10% is $60.", "60", "55")]
    [InlineData("Quick sum", "17 times 23 is about 420.", "420", "391")]
    [InlineData("Check my squares", "12 x 12 = 144 and 13 x 13 = 168.", "168", "169")]
    [InlineData("How far is 5 miles?", "5 miles is roughly 10 km.", "10", "8.05")]
    [InlineData("Is it hot?", "100°F works out to about 45°C.", "45", "37.8")]
    [InlineData("How heavy?", "1 kg is about 3.2 lbs.", "3.2", "2.2")]
    [InlineData("What's the total?", "Shirts: £43.50\nJeans: £32.00\nTotal: £43.50 + £32.00 = £85.50", "85.50", "75.50")]
    [InlineData("What's the total?", "That comes to $1,250.40 + $100.00 = $1,450.40 altogether.", "1,450.40", "1,350.40")]
    [InlineData("What's the total?", "- Shirts: 3 × £18 = £54\n- Socks: 2 × £12 = £24\n- Total: £54 + £24 = **£88**", "88", "78")]
    public void A_wrong_statement_is_flagged_whatever_the_wording(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Theory]
    [InlineData("Tip?", "A 15% tip on $80 is $12, so the total is $92. Split four ways, that's $23 each.")]
    [InlineData("Seconds?", "There are 24 × 60 × 60 = 86,400 seconds in a day.")]
    [InlineData("Discount?", "20% off $50 is $40.")]
    [InlineData("Miles?", "5 miles is roughly 8 km.")]
    [InlineData("Hot?", "100°F works out to about 38°C.")]
    [InlineData("Oven?", "Bake at 200 °C (400 °F) for 25 minutes.")]
    [InlineData("Product?", "17 times 23 is about 391.")]
    [InlineData("Thirds?", "10 divided by 3 is 3.33.")]
    public void A_right_statement_is_confirmed(string prompt, string answer) => FactAssert.Confirmed(prompt, answer);

    [Theory]
    [InlineData("Plan my week.", "Walk from 10 km to 20 km over the week.")]
    [InlineData("How long?", "It takes 10 km and about 50 minutes.")]
    [InlineData("How can I improve my CV?", "Say \"Built a dashboard that cut weekly reporting time from 4 hours to 30 minutes\" rather than \"Did reporting\".")]
    [InlineData("Any tips?", "Batch cooking brought my evening prep down from 2 hours to 20 minutes.")]
    public void Quantities_that_are_not_a_conversion_are_not_judged(string prompt, string answer)
    {
        Assert.False(FactAssert.Checker.Check(prompt, answer).Flagged);
    }

    [Fact]
    public void Units_and_conversions_come_from_UnitsNet()
    {
        var miles = Assert.Single(UnitCatalog.Named("miles"));
        var km = Assert.Single(UnitCatalog.Named("kilometres"));

        Assert.Equal(8.04672, miles.Convert(5, km)!.Value, 5);
        Assert.Equal("Speed", Assert.Single(UnitCatalog.Named("miles per second")).Quantity);
        Assert.Equal(37.78, UnitCatalog.Named("°F")[0].Convert(100, UnitCatalog.Named("celsius")[0])!.Value, 2);
    }

    [Theory]
    [InlineData("Show the sums", "- 8 × 7 = 56\n- 9 + 4 = 13\n- 3 × 4 = 12")]
    [InlineData("Body temperature in F?", "36.6 °C × 9/5 + 32 = 97.88 °F.")]
    [InlineData("Where do the scales meet?", "At −40: −40 × 9/5 + 32 = −40.")]
    public void Sums_on_separate_lines_or_joined_to_a_term_not_read_are_not_misjudged(string prompt, string answer) => FactAssert.NotFlagged(prompt, answer);

    [Fact]
    public void A_wrong_sum_in_a_bulleted_list_is_still_caught() =>
        FactAssert.ContradictedAt("Check these", "- 8 × 7 = 54\n- 9 + 4 = 13", "54", "56");

    [Theory]
    [InlineData("what's 24 squared", "24 × 24\n= (24 × 20) + (24 × 4)\n= 480 + 86\n= **566**", "480 + 86")]
    [InlineData("Check my working please", "13 × 15 = (13 × 10) + (13 × 5) = 130 + 75 = 205", "130 + 75")]
    public void A_wrong_step_after_bracketed_products_is_flagged(string prompt, string answer, string claim)
    {
        var report = FactAssert.Checker.Check(prompt, answer);

        Assert.Contains(report.Findings, f => f.Verdict == FactVerdicts.Contradicted && f.Claim == claim);
    }

    [Theory]
    [InlineData("what's 24 squared", "24 × 24 = (24 × 20) + (24 × 4) = 480 + 96 = 576")]
    [InlineData("what's 100 / 10", "100 / (2 × 5) = 10")]
    [InlineData("what's 3 x 10", "3 × (2 × 5) = 30")]
    public void Brackets_are_read_only_where_the_order_of_operations_makes_them_redundant(string prompt, string answer) =>
        FactAssert.Confirmed(prompt, answer);

    [Fact]
    public void A_conversion_joined_by_which_equals_is_read() =>
        Assert.Equal("−237.15", FactAssert.Contradiction("how cold is 0 kelvin in celsius", "It's 0 K, which equals −237.15 °C.").Claim);
}
