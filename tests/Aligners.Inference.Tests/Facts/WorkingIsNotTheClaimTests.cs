namespace Aligners.Inference.Tests.Facts;

/// <summary>
/// The working an answer shows (steps of a product, the rate of a conversion, a formula's terms, a
/// value in two units) and the names that merely hold a cue word are not the answer's claim: right
/// answers that show them pass, and wrong ones are still caught at the claim itself.
/// </summary>
[Trait("Category", "Unit")]
public class WorkingIsNotTheClaimTests
{
    private static readonly FactChecker Checker = FactAssert.Checker;

    private static FactFinding Contradiction(string prompt, string answer) => FactAssert.Contradiction(prompt, answer);

    [Theory]
    [InlineData("What is 23 times 15?", "23 × 15 = 345 (23 × 10 = 230, plus 23 × 5 = 115).")]
    [InlineData("what's 36 * 12", "36 × 12 = 432. Check: 30 × 12 = 360 and 6 × 12 = 72.")]
    [InlineData("How many km is 26 miles?", "About 41.8 km (a mile is 1.609 km, so 26 × 1.609 ≈ 41.8).")]
    [InlineData("Convert 3 pounds to kilograms", "Roughly 1.36 kg (1 lb ≈ 0.4536 kg).")]
    [InlineData("How long is 200 minutes in hours?", "200 minutes is 3 hours 20 minutes.")]
    [InlineData("How tall is 5 feet 9 inches in metres?", "5 ft 9 in is about 1.75 m.")]
    [InlineData("How do I work out a sphere's volume?", "V = 4/3 × π × r³; for r = 2 cm that is 4/3 × π × 8 ≈ 33.5 cm³.")]
    [InlineData("Which country declared war in April 1917?", "On 6 April 1917 the United States declared war on Germany.")]
    [InlineData("Most populous countries?", "| # | Country | People |\n|---|---|---|\n| 1 | India | 1.43 billion |\n| 3 | United States | 335 million |")]
    public void Shown_working_and_names_do_not_contradict_a_right_answer(string prompt, string answer) => FactAssert.NotFlagged(prompt, answer);

    [Theory]
    [InlineData("what is 20 percent of 45", "20% of 45 is **9** (0.2 × 45).")]
    [InlineData("What's 20% of 45?", "Nine. Take 10% of 45, which is 4.5, then double it (4.5 × 2), so 4.5 + 4.5 = 9.")]
    [InlineData("What's 20% of 45?", "It's 9: 10% is 4.5 and the other 10% is the same (4.5), so 4.5 + 4.5 = 9.")]
    public void A_right_percentage_with_its_working_is_confirmed(string prompt, string answer) => FactAssert.Confirmed(prompt, answer);

    [Theory]
    [InlineData("what is 20 percent of 45", "20% of 45 is **11** (0.2 × 45).", "11")]
    [InlineData("What's 20% of 45?", "It's 8 (0.2 × 45).", "8")]
    public void A_wrong_percentage_is_caught_at_its_value_not_at_an_operand_of_its_working(string prompt, string answer, string claim) =>
        FactAssert.ContradictedAt(prompt, answer, claim, "9");

    [Fact]
    public void A_wrong_product_is_caught_at_its_equation_not_at_the_last_step()
    {
        var wrong = Contradiction("What is 23 times 15?", "23 × 15 = 355 (23 × 10 = 230, plus 23 × 5 = 115).");

        Assert.Equal(("355", "345"), (wrong.Claim, wrong.Expected));
    }

    [Fact]
    public void A_wrong_conversion_is_caught_at_its_value_not_at_the_rate_it_names()
    {
        var wrong = Contradiction("How many km are in 26 miles?", "It's about 50 km (1 mile is about 1.609 km).");

        Assert.Equal("50", wrong.Claim);
    }

    [Fact]
    public void A_wrong_value_in_two_units_is_caught_and_replaced_whole()
    {
        var wrong = Contradiction("How long is 200 minutes in hours?", "200 minutes is 4 hours 20 minutes.");

        Assert.Equal("4 hours 20 minutes", wrong.Claim);
        Assert.StartsWith("3.33", wrong.Expected);
    }

    [Fact]
    public void A_height_in_feet_and_inches_converts_as_one_value()
    {
        var wrong = Contradiction("", "She is 5 feet 6 inches, about 1.9 m tall.");

        Assert.Equal(("1.9", "1.68"), (wrong.Claim, wrong.Expected));
    }

    [Fact]
    public void A_number_joined_to_pi_by_an_operator_is_a_term_but_a_value_beside_it_is_a_claim()
    {
        Assert.DoesNotContain(Checker.Check("", "π × 25 ≈ 78.5 for a radius of 5.").Findings, f => f.Verdict == FactVerdicts.Contradicted);

        Assert.Equal("3.41", Contradiction("", "π is roughly 3.41.").Claim);
    }

    [Fact]
    public void A_currency_seen_elsewhere_does_not_contradict_the_one_stated_but_a_wrong_one_alone_still_does()
    {
        const string prompt = "Which currency is used in Denmark?";
        Assert.False(Checker.Check(prompt, "The Danish krone (DKK). Some hotels quote prices in euros as well.").Flagged);

        Assert.Equal("euro", Contradiction(prompt, "Denmark uses the euro.").Claim);
    }

    [Fact]
    public void A_count_of_the_states_is_still_read_beside_the_countrys_name()
    {
        Assert.Equal(("48", "50"), (Contradiction("", "The United States is made up of 48 states.").Claim, "50"));
    }

    [Theory]
    [InlineData("How many millilitres is 2 US cups?", "Just over 473 mL (1 US cup ≈ 236.6 mL).")]
    [InlineData("How many litres is 3 imperial gallons?", "About 13.6 L; 1 imperial gallon is 4.546 L.")]
    [InlineData("How many litres is a US gallon?", "1 US gallon is about 3.785 L.")]
    [InlineData("How many kilometres are in a mile?", "1 mile is roughly 1.609 km.")]
    [InlineData("Which is the coldest planet on average?", "Uranus.\nIts clouds are colder than Neptune's, even though Neptune lies farther out.")]
    public void A_rate_in_a_two_word_unit_and_a_rival_named_for_comparison_do_not_contradict(string prompt, string answer)
    {
        var report = Checker.Check(prompt, answer);

        Assert.False(report.Flagged, string.Join("; ", report.Findings.Select(f => $"{f.Domain} {f.Subject}: {f.Claim} vs {f.Expected}")));
    }

    [Fact]
    public void A_question_asked_with_is_still_checks_the_value_in_a_capital_l_litre()
    {
        var wrong = Contradiction("How many litres is 4 US gallons?", "About 12.4 L (1 US gallon ≈ 3.785 L).");

        Assert.Equal("12.4", wrong.Claim);
        Assert.StartsWith("15.1", wrong.Expected);
    }

    [Fact]
    public void A_rival_alone_still_contradicts_when_the_answer_never_names_the_holder()
    {
        var findings = Checker.Check("Which is the largest planet?", "Saturn.\nIts rings are wider than Earth's diameter many times over.").Findings;

        Assert.Contains(findings, f => f.Verdict == FactVerdicts.Contradicted && f.Claim == "Saturn" && f.Expected == "Jupiter");
    }
}
