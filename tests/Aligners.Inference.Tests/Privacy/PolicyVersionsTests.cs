namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class PolicyVersionsTests
{
    private static readonly SecretEntropyDetector Secrets = new();

    [Theory]
    [InlineData("v12.4.310", true)]
    [InlineData("3.7.2:", true)]
    [InlineData("V2.0-beta1", true)]
    [InlineData("5.1", true)]
    [InlineData("Tr0ub4dor&3", false)]
    [InlineData("v9x.18.158", false)]
    [InlineData("1.2.3.4.5", false)]
    public void Only_dotted_numbers_with_an_optional_v_and_suffix_are_a_version(string value, bool version)
    {
        Assert.Equal(version, PolicyVersions.IsVersion(value));
    }

    [Theory]
    [InlineData("Password policy v12.40.311: rotate every 60 days and never reuse the last three.")]
    [InlineData("Die Passwortrichtlinie v3.10.205 gilt ab Montag für alle Konten.")]
    [InlineData("Selon la politique de mots de passe 4.12.7, le mot de passe expire après 90 jours.")]
    public void A_version_after_a_password_word_is_no_secret(string text)
    {
        Assert.Empty(Secrets.Detect(text));
    }

    [Fact]
    public void A_password_after_a_policy_version_is_still_found()
    {
        const string text = "Password policy v12.40.311 applies. The new password is Qx7!rLm29#pa";

        var found = Assert.Single(Secrets.Detect(text));
        Assert.Equal("Qx7!rLm29#pa", text.Substring(found.Start, found.Length));
    }
}
