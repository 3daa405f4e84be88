namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class PropertyLinesTests
{
    private static readonly PrivacyScanner Scanner = PrivacyScanner.Create();

    private static IEnumerable<string> Credentials(string text) =>
        Scanner.Scan(text).Findings.Where(f => f.Type == PrivacyTypes.Credential).Select(f => f.Value);

    [Theory]
    [InlineData("mail.host=smtp.internal\nmail.password=Ostrich44Lamp.\nmail.port=587", "Ostrich44Lamp.")]
    [InlineData("export REDIS_PASSWORD=tundra7Vole.", "tundra7Vole.")]
    public void A_final_full_stop_of_a_properties_or_env_value_belongs_to_the_value(string text, string value)
    {
        Assert.Contains(value, Credentials(text));
    }

    [Fact]
    public void A_full_stop_ending_a_sentence_after_a_password_is_the_sentences()
    {
        Assert.Contains("Ostrich44Lamp", Credentials("Hi Tom, the new password is Ostrich44Lamp. Change it after you log in."));
    }

    [Theory]
    [InlineData("sorry, the pasword I set was Fjord-82-Lumen but the portal says no", "Fjord-82-Lumen")]
    [InlineData("db_passwrd=Kx9trail22wq", "Kx9trail22wq")]
    public void A_password_after_a_misspelt_password_word_is_a_password(string text, string value)
    {
        Assert.Contains(value, Credentials(text));
    }
}
