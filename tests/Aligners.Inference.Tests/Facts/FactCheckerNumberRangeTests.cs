namespace Aligners.Inference.Tests.Facts;

[Trait("Category", "Unit")]
public class FactCheckerNumberRangeTests
{
    private static readonly FactChecker Checker = FactChecker.Default;

    /// <summary>Parses to infinity.</summary>
    private static readonly string Huge = new('9', 400);

    public static TheoryData<string, string> OutOfRange => new()
    {
        { $"What is {Huge} plus 1?", Huge },
        { $"What is {Huge} plus 1?", "It is 5." },
        { $"What is {Huge} minus {Huge}?", "It is 0." },
        { $"What is {Huge} minus {Huge}?", "It is 7." },
        { $"What is 3 percent of {Huge}?", "About 4." },
        { "What is 40000000000 times 50000000?", "It is 2000000000000000000." },
        { "What is 2 plus 2?", $"It is {Huge}." },
        { "What is 2 plus 2?", "It is 4, or 5000000000000000000." },
        { "Can you check this?", $"{Huge} + 1 = {Huge}" },
        { "Can you check this?", $"{Huge} - {Huge} = 5" },
        { "Can you check this?", $"2 + 2 = {Huge}" },
        { $"How many metres are in {Huge} kilometres?", $"That is {Huge} metres." },
        { $"How many metres are in {Huge} kilometres?", "That is 5 metres." },
        { $"Convert {Huge} miles to km", "5 km" },
        { "Convert 2000000000000000 miles to km", "3218688000000000 km" },
        { "How many millimetres are in 1000000000000 kilometres?", "1000000000000000000 millimetres." },
        { "How many metres are in a kilometre?", $"{Huge} metres." },
        { "How many planets are in the solar system?", $"There are {Huge}." },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void A_claim_with_a_number_the_checker_cannot_hold_is_neither_confirmed_nor_flagged(string prompt, string answer)
    {
        var report = Checker.Check(prompt, answer);

        Assert.True(report.Empty, string.Join("; ", report.Findings));
        Assert.Null(FactChecker.Correct(answer, report.Findings));
    }

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void No_finding_ever_carries_NaN_or_infinity(string prompt, string answer)
    {
        var findings = Checker.Check(prompt, answer).Findings;

        Assert.All(findings, f => Assert.DoesNotMatch("NaN|Infinity|∞", f.Expected + f.Claim + f.Subject));
    }

    [Theory]
    [InlineData("What is 999999999999999 plus 1?", "1000000000000000")]
    [InlineData("What is 123456789 times 1000000?", "123,456,789,000,000")]
    [InlineData("How many metres are in 1000000000000 kilometres?", "1000000000000000 metres.")]
    public void Numbers_up_to_the_largest_magnitude_are_still_judged(string prompt, string answer)
    {
        var report = Checker.Check(prompt, answer);

        Assert.True(report.Confirmed, string.Join("; ", report.Findings));
    }

    [Fact]
    public void A_wrong_result_within_range_is_still_corrected()
    {
        const string answer = "It is 900000000000000.";
        var report = Checker.Check("What is 999999999999999 plus 1?", answer);

        Assert.Equal("It is 1000000000000000.", FactChecker.Correct(answer, report.Findings));
    }
}
