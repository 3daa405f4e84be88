namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class AwsSecretKeysTests
{
    private static readonly CredentialDetector Detector = new();

    [Theory]
    [InlineData("[profile deploy]\naws_secret_access_key = q8Rz1Lm0Tq3Vw7Yx+Ab2Cd4Ef6Gh8Ij0Kl//Mn9O")]
    [InlineData("AWS_SECRET_ACCESS_KEY=q8Rz1Lm0Tq3Vw7Yx+Ab2Cd4Ef6Gh8Ij0Kl//Mn9O")]
    [InlineData("{\"SecretAccessKey\": \"q8Rz1Lm0Tq3Vw7Yx+Ab2Cd4Ef6Gh8Ij0Kl//Mn9O\"}")]
    public void Forty_characters_under_a_secret_access_keys_name_are_the_key_whole(string text)
    {
        Detector.SingleAt(text, "q8Rz1Lm0Tq3Vw7Yx+Ab2Cd4Ef6Gh8Ij0Kl//Mn9O");
    }

    [Theory]
    [InlineData("aws_secret_access_key = q8Rz1Lm0Tq3Vw7Yx+Ab2Cd4Ef6Gh8Ij0Kl//Mn9Op")] // 41 characters: no key's length
    [InlineData("aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}")]
    [InlineData("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")] // the documentation's example
    public void Other_values_under_the_name_are_no_key(string text)
    {
        Assert.DoesNotContain(AwsSecretKeys.Find(text), f => f.Length > 0);
    }
}
