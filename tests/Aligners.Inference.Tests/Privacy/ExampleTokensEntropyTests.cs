namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class ExampleTokensEntropyTests
{
    // jwt.io's sample claims, re-signed with HS384 and a signature of its own.
    private const string Sample = "eyJhbGciOiJIUzM4NCIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.q8Vd3LmA0rT7xNc2bWf5Kp9eHs1YuJ4gZo6iDl_Ea-R";

    [Theory]
    [InlineData("As the tutorial shows: Authorization: Bearer " + Sample + " (swap in yours)")]
    [InlineData("access_token=" + Sample)]
    public void The_sample_token_is_an_example_to_the_entropy_rule_wherever_it_stands(string text)
    {
        Assert.Empty(new SecretEntropyDetector().Detect(text));
    }

    [Fact]
    public void A_token_with_claims_of_its_own_after_bearer_stays_a_secret()
    {
        // {"sub":"u-4821","iat":1700000000}
        const string token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1LTQ4MjEiLCJpYXQiOjE3MDAwMDAwMDB9.Zk3pQ9rVt2WxY8bNc4LmE7sHa1JdUo5Gf0KiTy6Rq_M";
        Assert.NotEmpty(new SecretEntropyDetector().Detect("Authorization: Bearer " + token));
    }
}
