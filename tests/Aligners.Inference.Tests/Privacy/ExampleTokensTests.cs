namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class ExampleTokensTests
{
    private static readonly JwtDetector Detector = new();

    // jwt.io's sample claims, signed here with HS384 instead of the debugger's HS256.
    private const string ResignedSample =
        "eyJhbGciOiJIUzM4NCIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
        + "pvpoZ0mu4MTtC0dGyzKCp3ME_DyuZrAmcfUfkVTFAdS4rQIDrmY8Ss4qcM4YUHO_";

    private const string OwnClaims =
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI4ODQxMjA3NzMzIiwibmFtZSI6Ik1hcmEgTGluZCIsImlhdCI6MTcxNjIzOTAyMn0."
        + "eAJVx2ozNjzPgCMtZOTtsJ_SMRlRe1aYKvPCt0YSczI";

    // The sample's claims and one more ("admin": true): someone's own token built on the example.
    private const string ExtendedClaims =
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyLCJhZG1pbiI6dHJ1ZX0."
        + "DLjeMk6yT9FVc8gK1eq8MrVwsVOw_p--_PJ3L1-BlZ4";

    [Fact]
    public void A_token_carrying_the_documented_sample_claims_is_an_example_whatever_signs_it()
    {
        Assert.True(ExampleTokens.IsSample(ResignedSample));
        Assert.Empty(Detector.Detect($"Paste a token such as {ResignedSample} into the debugger to see its parts."));
    }

    [Fact]
    public void A_token_with_claims_of_its_own_is_still_a_credential()
    {
        Assert.False(ExampleTokens.IsSample(OwnClaims));
        Detector.SingleAt($"Authorization: Bearer {OwnClaims}", OwnClaims);
    }

    [Fact]
    public void The_sample_claims_with_one_more_are_no_longer_the_example()
    {
        Assert.False(ExampleTokens.IsSample(ExtendedClaims));
        Detector.SingleAt($"curl -H 'Authorization: Bearer {ExtendedClaims}' https://api.internal/v2/me", ExtendedClaims);
    }
}
