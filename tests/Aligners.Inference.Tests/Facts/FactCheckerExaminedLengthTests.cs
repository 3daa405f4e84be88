using System.Text.RegularExpressions;

namespace Aligners.Inference.Tests.Facts;

[Trait("Category", "Unit")]
public class FactCheckerExaminedLengthTests
{
    private static readonly FactChecker Checker = FactChecker.Default;

    /// <summary>Plain prose of at least <paramref name="length"/> characters, ending with a space.</summary>
    private static string Filler(int length)
    {
        var sb = new StringBuilder();
        while (sb.Length < length)
        {
            sb.Append("The weather was mild and the walk took 5 minutes. ");
        }
        return sb.ToString();
    }

    [Fact]
    public void A_wrong_capital_stated_early_in_a_long_answer_is_still_contradicted()
    {
        var answer = "Sydney is the capital of Australia. " + Filler(2 * FactChecker.MaxExaminedLength);
        var report = Checker.Check("Tell me about Australia.", answer);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(("Sydney", "Canberra"), (finding.Claim, finding.Expected));
        Assert.StartsWith("Canberra is the capital of Australia. ", FactChecker.Correct(answer, report.Findings));
    }

    [Fact]
    public void A_claim_past_the_examined_length_is_not_read()
    {
        var answer = Filler(FactChecker.MaxExaminedLength) + "Sydney is the capital of Australia.";

        Assert.True(Checker.Check("Tell me about Australia.", answer).Empty);
    }

    [Fact]
    public void A_long_answer_is_not_judged_against_the_question_on_its_first_characters()
    {
        // The result is the answer's last number, past the cut: the last number before the cut is
        // the walk's 5 minutes, which is no answer to the question.
        var answer = Filler(FactChecker.MaxExaminedLength) + "So 17 times 23 is 391.";

        var report = Checker.Check("What is 17 times 23?", answer);

        Assert.True(report.Empty, string.Join("; ", report.Findings));
    }

    [Fact]
    public void A_long_prompt_is_not_read_for_a_question()
    {
        var prompt = Filler(FactChecker.MaxExaminedLength) + "What is the capital of Australia?";

        Assert.True(Checker.Check(prompt, "Sydney.").Empty);
    }

    [Fact]
    public void The_cut_never_splits_a_number_into_a_wrong_claim()
    {
        // "56" straddles the cut: read as "5", the equation would be contradicted.
        const string claim = " 7 × 8 = 56";
        var filler = Filler(FactChecker.MaxExaminedLength)[..(FactChecker.MaxExaminedLength - 1 - claim.IndexOf('5'))];
        var answer = filler + claim + " and that is all. " + Filler(100);
        Assert.Equal("56", answer.Substring(FactChecker.MaxExaminedLength - 1, 2));

        Assert.False(Checker.Check("Check my sums.", answer).Flagged);
    }

    [Fact]
    public void A_pattern_that_runs_past_its_timeout_finds_nothing_instead_of_failing()
    {
        var pattern = new Regex(@"^(\w+\s?)+$", RegexOptions.None, TimeSpan.FromMilliseconds(10));

        var found = ClaimText.MatchesWithin(pattern, new string('a', 5000) + "!");

        Assert.Empty(found);
    }
}
