namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>The change from a note after a chain of sums, stated without its subtraction, against the note less the answer's last total.</summary>
[Trait("Category", "Unit")]
public class ChangeFromNoteTests
{
    [Theory]
    [InlineData("Two coffees at $3.40 and a muffin at $2.75. Change from $10?", "Coffees: 2 × $3.40 = $6.80. With the muffin: $6.80 + $2.75 = $9.55. Your change is $1.45.", "1.45", "0.45")]
    [InlineData("I paid with a $50 note for 4 tickets at $11.50. How much change?", "4 × $11.50 = $46. You get $3 back.", "3", "4")]
    [InlineData("Bread $2.20, milk $1.15. What's my change from £5?", "Total: £2.20 + £1.15 = £3.35. Change from £5: £1.75.", "1.75", "1.65")]
    public void A_wrong_change_after_a_chain_is_corrected(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Theory]
    [InlineData("Two coffees at $3.40 and a muffin at $2.75. Change from $10?", "Coffees: 2 × $3.40 = $6.80. With the muffin: $6.80 + $2.75 = $9.55. Your change is $0.45.")]
    [InlineData("Bread $2.20, milk $1.15. What's my change from £5?", "Total: £2.20 + £1.15 = £3.35. Change from £5: £1.65.")]
    public void A_right_change_is_confirmed(string prompt, string answer) => FactAssert.Confirmed(prompt, answer);

    [Fact]
    public void A_total_at_the_end_of_a_line_is_not_read_as_the_change_on_the_next() =>
        FactAssert.NotFlagged("Two pens at $1.60 and a pad at $2.05. Change from $10?",
            "Pens: 2 × $1.60 = $3.20\nTotal: $3.20 + $2.05 = $5.25\nChange from $10: **$4.75**");

    [Theory]
    [InlineData("What's my change from $20?", "Your change is $4.45.")]
    [InlineData("Change from $20 after buying things?", "Total so far: $16.55. Change from $20: $20 − $16.55 = $3.45.")]
    [InlineData("Should I keep the change from a $20 tip?", "Keeping $5 in change is fine.")]
    public void A_change_without_a_total_before_it_or_written_as_a_subtraction_is_not_judged_here(string prompt, string answer) =>
        FactAssert.NotFlagged(prompt, answer);
}
