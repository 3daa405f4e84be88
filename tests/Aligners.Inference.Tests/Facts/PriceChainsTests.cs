namespace Aligners.Inference.Tests.Facts;

/// <summary>
/// Money sums asked in the prompt and answered as a chain (a charge added to a bill, a bill shared
/// out, a price's percentage change): the answer's result is checked against the prompt's numbers.
/// </summary>
[Trait("Category", "Unit")]
public class PriceChainsTests
{
    [Theory]
    [InlineData("Our lunch came to $72 and we'd like to leave a 20% tip. How much altogether?", "A 20% tip on $72 is $14.40, which makes the total $88.40.", "88.40", "86.40")]
    [InlineData("what do I pay for a $45 jacket with 8% sales tax", "Tax is 8% of $45 = $3.60, so you'd pay a total of $49.60.", "49.60", "48.60")]
    [InlineData("A $120 coat is 25% off. What's the sale price in total?", "25% of $120 is $30, so the total comes to $95.", "95", "90")]
    public void A_wrong_total_after_a_charge_or_discount_is_corrected(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Theory]
    [InlineData("Our lunch came to $72 and we'd like to leave a 20% tip. How much altogether?", "The tip is $14.40, so the total is $86.40.")]
    [InlineData("what do I pay for a $45 jacket with 8% sales tax", "You'd pay $48.60 in total ($45 plus $3.60 tax).")]
    [InlineData("what's the total tax on a $45 jacket at 8%", "The total tax is $3.60.")]
    [InlineData("Bill is $72, tip 20%, total?", "About $86 in total, or round up to $90 if you like.")]
    [InlineData("Lunch for 4 was $60 plus a 15% tip. How much each?", "Tip: 15% of $60 = $9. Total: $60 + $9 = $69. Split four ways: $69 ÷ 4 = **$17.25 each**.")]
    public void A_right_total_or_a_stated_step_is_not_flagged(string prompt, string answer) => FactAssert.NotFlagged(prompt, answer);

    [Theory]
    [InlineData("Sneakers are $120 with 25% off. What do they cost now?", "25% of $120 is $30, so the sale price is $95.", "95", "90")]
    [InlineData("A £60 lamp is discounted by 15%. New price?", "15% of £60 is £9, making the new price £50.", "50", "51")]
    public void A_wrong_sale_price_is_corrected_without_the_word_total(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Theory]
    [InlineData("Sneakers are $120 with 25% off. What do they cost now?", "The sale price is $90, since 25% of $120 is $30.")]
    [InlineData("A £60 lamp is discounted by 15%. New price?", "The discounted price is 15% off, which is £51.")]
    public void A_right_sale_price_or_the_rate_after_the_words_is_not_flagged(string prompt, string answer) => FactAssert.NotFlagged(prompt, answer);

    [Fact]
    public void A_total_written_to_the_cent_that_is_a_dollar_off_is_corrected() =>
        FactAssert.ContradictedAt("Our bill is $64 and we tip 15%. Total?", "15% of $64 is $9.60, so the total comes to $74.60.", "74.60", "73.60");

    [Fact]
    public void A_rounded_total_stays_within_its_rounding() =>
        FactAssert.NotFlagged("Our bill is $64 and we tip 15%. Total?", "About $74 in total.");

    [Theory]
    [InlineData("Lunch for 3 came to $96 with the tip included. What does each of us pay?", "Each person pays $30.", "30", "32")]
    [InlineData("A table for six ran $210. Even split per person?", "That's $36 each.", "36", "35")]
    public void A_share_of_a_meal_for_a_number_of_people_is_checked(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Fact]
    public void A_wrong_total_and_the_share_worked_from_it_are_both_corrected()
    {
        const string answer = "Tip: 15% of $60 = $9. Total: $60 + $9 = $71. Split four ways: $71 ÷ 4 = **$17.75 each**.";
        var wrong = FactAssert.Checker.Check("Lunch for 4 was $60 plus a 15% tip. How much each?", answer).Findings
            .Where(f => f.Verdict == FactVerdicts.Contradicted).Select(f => (f.Claim, f.Expected)).OrderBy(p => p.Claim).ToList();
        Assert.Equal([("17.75", "17.25"), ("71", "69")], wrong);
    }

    [Fact]
    public void A_right_total_is_confirmed() =>
        FactAssert.Confirmed("We spent $40 on dinner and want to tip 15%. What's the total?", "15% of $40 is $6, so the total is $46.");

    [Theory]
    [InlineData("Five of us had pizza and the bill came to $90. What does each of us owe?", "Divided five ways, that's $16 each.", "16", "18")]
    [InlineData("split a $200 dinner bill between 8 people, how much each", "Each person pays $20.", "20", "25")]
    [InlineData("me and three friends owe $120 for the cabin, how much each?", "That's $40 per person.", "40", "30")]
    public void A_wrong_share_of_a_bill_is_corrected(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Theory]
    [InlineData("Five of us had pizza and the bill came to $90. What does each of us owe?", "$90 ÷ 5 = $18 each.")]
    [InlineData("split a $200 dinner bill between 8 people, how much each", "Each person pays $25.")]
    [InlineData("me and three friends owe $120 for the cabin, how much each?", "Four people sharing $120 pay $30 each.")]
    [InlineData("3 friends are splitting $120 evenly, how much each?", "$40 each.")]
    [InlineData("3 of us split a $100 bill, how much each?", "About $33.33 each (one of you can cover the extra cent).")]
    [InlineData("4 of us, $80 bill plus a 25% tip, how much each?", "The tip is $20, so $100 in all, which is $25 each.")]
    [InlineData("4 of us, $80 bill plus a 25% tip, how much each?", "Each of you owes $20 for the food, plus $5 towards the tip.")]
    public void A_right_share_of_a_bill_is_not_flagged(string prompt, string answer) => FactAssert.NotFlagged(prompt, answer);

    [Fact]
    public void A_share_for_an_uncertain_headcount_is_not_corrected() =>
        FactAssert.NotFlagged("3 friends are splitting $120 evenly, how much each?", "$50 each.");

    [Theory]
    [InlineData("A lamp was marked down from $50 to $40. What percentage discount is that?", "That's a 10% discount.", "10", "20")]
    [InlineData("rent went from $1,200 to $1,500, what's the percentage increase", "It rose by $300, a 20% increase.", "20", "25")]
    public void A_wrong_percentage_change_is_corrected(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Theory]
    [InlineData("A lamp was marked down from $50 to $40. What percentage discount is that?", "A 20% discount: you now pay 80% of the original price.")]
    [InlineData("rent went from $1,200 to $1,500, what's the percentage increase", "$300 on $1,200 is a **25%** increase.")]
    [InlineData("price went from $30 to $20, what percent off?", "About 33% off ($10 of $30).")]
    public void A_right_percentage_change_is_not_flagged(string prompt, string answer) => FactAssert.NotFlagged(prompt, answer);

    [Theory]
    [InlineData("We paid $60 and $40 for two tickets with a 10% fee. Total?", "The total is $500.")]
    [InlineData("How should we split the bill fairly?", "Each person pays $12.")]
    public void A_prompt_without_exactly_the_needed_numbers_is_left_alone(string prompt, string answer) => FactAssert.NotFlagged(prompt, answer);

    [Theory]
    [InlineData("$64 dinner plus a 25% tip, what's the total?", "The tip is $16, so the total is $64 + $16 = **$80**.")]
    [InlineData("$100 bill, 20% tip, 4 of us. How much each?", "Tip: 20% of $100 = $20\nTotal: $100 + $20 = $120\nPer person: $120 ÷ 4 = **$30**")]
    public void A_result_written_as_a_sum_is_read_after_its_equals_sign(string prompt, string answer) => FactAssert.Confirmed(prompt, answer);

    [Fact]
    public void Every_wrong_statement_of_the_same_share_is_corrected()
    {
        const string prompt = "$100 bill, 20% tip, 4 of us. How much each?";
        const string answer = "Total with tip: $120.\nPer person: $120 ÷ 4 = **$32**\n\nSo each person pays $32.";

        var report = FactAssert.Checker.Check(prompt, answer);

        Assert.Equal("Total with tip: $120.\nPer person: $120 ÷ 4 = **$30**\n\nSo each person pays $30.", FactChecker.Correct(answer, report.Findings));
    }

    [Theory]
    [InlineData("if i put away $45 every week how much will i have after 6 weeks", "After 6 weeks you'll have **$270** saved.")]
    [InlineData("I save $45 a week at 3% interest, how much after 6 weeks?", "About $271 with the interest added.")]
    [InlineData("I get $10 a day but spend $4, what's left after 7 days?", "You'd have $42 left.")]
    public void A_steady_amount_over_its_periods_is_not_flagged_when_right_or_not_a_plain_sum(string prompt, string answer) =>
        FactAssert.NotFlagged(prompt, answer);

    [Fact]
    public void A_wrong_total_of_a_steady_amount_is_contradicted()
    {
        var finding = FactAssert.Contradiction("if i put away $45 every week how much will i have after 6 weeks",
            "Week by week:\n1. $45\n2. $90\n3. $135\n4. $180\n5. $225\n6. $260\n\nSo after 6 weeks you'll have **$260** saved.");

        Assert.Equal(("260", "270"), (finding.Claim, finding.Expected));
    }
}
