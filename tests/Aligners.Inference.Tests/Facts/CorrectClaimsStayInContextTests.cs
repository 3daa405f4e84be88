namespace Aligners.Inference.Tests.Facts;

/// <summary>
/// Right answers whose other numbers, names and places describe something else than the claim
/// asked about: none of them is contradicted, and a wrong name is corrected whole.
/// </summary>
[Trait("Category", "Unit")]
public class CorrectClaimsStayInContextTests
{
    private static readonly FactChecker Checker = FactChecker.Default;

    [Theory]
    [InlineData("how many minutes are in a week", "10,080 (7 × 24 × 60).")]
    [InlineData("How many hours are in a week?", "168, i.e. 7 x 24.")]
    [InlineData("what temperature does water boil at in celsius", "At sea level it boils at **100 °C**; up in the Alps, around 2,000 m, it boils at roughly 93 °C.")]
    [InlineData("How many feet are in a mile?", "5,280 feet (1,760 yards × 3 feet).")]
    public void An_answer_that_states_the_asked_value_is_not_contradicted_by_its_other_numbers(string prompt, string answer)
    {
        var report = FactAssert.NotFlagged(prompt, answer);

        Assert.Contains(report.Findings, f => f.Verdict == FactVerdicts.Confirmed);
    }

    [Fact]
    public void A_wrong_value_beside_its_calculation_is_the_claim_not_an_operand()
    {
        const string answer = "There are 1,400 minutes in a day (24 hours × 60 minutes).";
        var wrong = Assert.Single(Checker.Check("How many minutes are in a day?", answer).Findings, f => f.Verdict == FactVerdicts.Contradicted);

        Assert.Equal(("1,400", "1,440"), (wrong.Claim, wrong.Expected));
    }

    [Theory]
    [InlineData("About 4.4 lb (2 × 2.2046 ≈ 4.40 lb).")]
    [InlineData("12 × 0.621 ≈ 7.4, so about 7.5 miles.")]
    public void A_result_marked_approximate_with_a_sign_agrees_within_its_rounding(string answer)
    {
        var report = Checker.Check("", answer);

        Assert.False(report.Flagged, string.Join("; ", report.Findings.Select(f => $"{f.Domain} {f.Claim} {f.Expected}")));
    }

    [Theory]
    [InlineData("What do they speak in Argentina?", "Spanish, and so do most of its neighbours, though Brazil next door speaks Portuguese.")]
    [InlineData("What currency does Mexico use?", "The Mexican peso. Its neighbour to the north uses the US dollar.")]
    public void A_value_said_of_other_places_is_not_the_asked_countrys(string prompt, string answer)
    {
        Assert.False(Checker.Check(prompt, answer).Flagged);
    }

    [Theory]
    [InlineData("who came up with the theory of relativity", "Albert Einstein, in 1905 and 1915; he received the 1921 Nobel Prize, though for the photoelectric effect.")]
    [InlineData("Who discovered radium?", "Marie and Pierre Curie in 1898, working in Paris; Marie later led the Radium Institute and won two Nobel Prizes.")]
    public void A_prize_or_institution_named_after_someone_is_not_a_claim_about_who_did_it(string prompt, string answer)
    {
        Assert.False(Checker.Check(prompt, answer).Flagged);
    }

    [Theory]
    [InlineData("What's the highest mountain in the Alps?", "Mont Blanc, at about 4,806 m, is the highest mountain in Western Europe; Elbrus in the Caucasus is higher.")]
    [InlineData("Longest river in Germany?", "The Rhine runs longest through Germany, though the Danube is the longest river in the EU.")]
    public void A_record_held_in_a_place_the_tables_do_not_know_is_not_judged_as_the_worlds(string prompt, string answer)
    {
        Assert.DoesNotContain(Checker.Check(prompt, answer).Findings, f => f.Domain == "record" && f.Verdict == FactVerdicts.Contradicted);
    }

    [Fact]
    public void A_year_in_another_clause_does_not_date_a_discovery_named_there()
    {
        const string answer = "Python was first released by Guido van Rossum in 1991, long after the telephone had reached most homes.";

        Assert.DoesNotContain(Checker.Check("When did Python come out?", answer).Findings, f => f.Domain == "date" && f.Verdict == FactVerdicts.Contradicted);
    }

    [Theory]
    [InlineData("Who invented the light bulb?", "It was invented by Scottish engineer Alexander Graham Bell in 1879.")]
    [InlineData("Who wrote Pride and Prejudice?", "It was written by English novelist Charlotte Brontë in 1813.")]
    public void A_wrong_name_is_corrected_with_its_given_names_and_description(string prompt, string answer)
    {
        var report = Checker.Check(prompt, answer);
        var corrected = FactChecker.Correct(answer, report.Findings);

        Assert.NotNull(corrected);
        Assert.DoesNotContain("Alexander Graham Bell", corrected);
        Assert.DoesNotContain("Brontë", corrected);
        Assert.DoesNotContain("  ", corrected);
    }

    [Fact]
    public void A_casual_opening_word_is_not_read_as_a_city()
    {
        var wrong = Assert.Single(Checker.Check("Is Sydney the capital of Australia?", "Yep, Sydney is Australia's capital.").Findings, f => f.Verdict == FactVerdicts.Contradicted);

        Assert.Equal("Sydney", wrong.Claim);
    }
}
