namespace Aligners.Inference.Tests.Facts.Claims;

[Trait("Category", "Unit")]
public class NumberFactsTests
{
    [Theory]
    [InlineData("Is 97 prime?", "Yes, 97 is a prime number.")]
    [InlineData("Is 97 prime?", "Yes.")]
    [InlineData("Is 91 prime?", "No, 91 is not prime: it is 7 times 13.")]
    [InlineData("Is 64 a perfect square?", "Yes, 64 is a perfect square.")]
    [InlineData("Even?", "128 is even and 127 is odd.")]
    [InlineData("Root?", "The square root of 144 is 12.")]
    [InlineData("Cube?", "5 cubed is 125.")]
    [InlineData("Large prime?", "1000000007 is prime.")]
    [InlineData("Divisible?", "51 is divisible by 17.")]
    public void A_right_number_fact_is_confirmed(string prompt, string answer)
    {
        var report = FactAssert.Confirmed(prompt, answer);

        Assert.True(report.Combine(0.0) >= FactReport.ConfirmedFloor);
    }

    [Theory]
    [InlineData("Is 91 prime?", "Yes, 91 is a prime number.")]
    [InlineData("Is 91 prime?", "Yes.")]
    [InlineData("Is 97 prime?", "No, 97 is not prime.")]
    [InlineData("Square?", "50 is a perfect square.")]
    [InlineData("Odd?", "27 is even.")]
    [InlineData("Root?", "The square root of 144 is 14.")]
    [InlineData("Squared?", "15 squared is 215.")]
    [InlineData("Divisible?", "51 is not divisible by 17.")]
    public void A_wrong_number_fact_is_flagged(string prompt, string answer)
    {
        var report = FactAssert.Checker.Check(prompt, answer);

        Assert.True(report.Flagged, string.Join("; ", report.Findings));
        Assert.Contains(report.Findings, f => f.Domain == "number" && f.Verdict == FactVerdicts.Contradicted);
    }

    [Theory]
    [InlineData(2L, true)]
    [InlineData(1L, false)]
    [InlineData(561L, false)]
    [InlineData(999_999_999_989L, true)]
    [InlineData(999_999_999_999_999L, false)]
    public void Primality_is_exact(long n, bool prime)
    {
        Assert.Equal(prime, NumberFacts.IsPrime(n));
    }
}
