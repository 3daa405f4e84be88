namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class BasicAuthValuesTests
{
    private static readonly CredentialDetector Detector = new();

    [Theory]
    [InlineData("{\"auths\": {\"ghcr.io\": {\"auth\": \"ZGVwbG95LWJvdDpXcTdtWnIycEx4OQ==\"}}}", "ZGVwbG95LWJvdDpXcTdtWnIycEx4OQ==")]
    [InlineData("\"harbor.corp.local\": {\n  \"auth\": \"c3ZjX3B1bGw6SGFyYm9yITg4MTI=\",\n  \"email\": \"ops@corp.local\"\n}", "c3ZjX3B1bGw6SGFyYm9yITg4MTI=")]
    [InlineData("//registry.internal/:_auth=c3ZjX3B1bGw6SGFyYm9yITg4MTI=", "c3ZjX3B1bGw6SGFyYm9yITg4MTI=")]
    public void Base64_of_a_user_and_password_under_an_auth_key_is_a_credential(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Theory]
    [InlineData("{\"auths\": {\"ghcr.io\": {\"auth\": \"amVua2luczpwYXNzd29yZA==\"}}}")] // jenkins:password, a placeholder
    [InlineData("{\"auth\": \"cmF3Ynl0ZXM=\"}")] // decodes to one word, no login
    [InlineData("{\"auth\": \"AAECAwQFBgcICQoLDA0ODxAREhMUFRYX\"}")] // binary
    [InlineData("{\"auth\": \"oauth2\", \"scope\": \"read\"}")]
    public void An_auth_value_that_decodes_to_no_login_is_no_credential(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }
}
