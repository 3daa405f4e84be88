namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class PasswordClauseTests
{
    [Theory]
    [InlineData("Das Passwort für das Gäste-WLAN lautet Sommer2024!", true)]
    [InlineData("Wachtwoord wifi kantoor (3e verdieping): Valencia1995$", true)]
    [InlineData("La contraseña del servidor es Valencia1995$", true)]
    [InlineData("Mot de passe temporaire : Valencia1995$", true)]
    [InlineData("The password was changed. The code is Valencia1995$", false)] // another sentence
    [InlineData("Password policy\nCode: Valencia1995$", false)] // another line
    [InlineData("The password expires soon, Valencia1995$", false)] // no label or copula before the value
    public void A_value_after_a_label_or_copula_in_a_password_clause_is_a_password(string text, bool named)
    {
        Assert.Equal(named, PasswordClause.Names(text, text.LastIndexOf(' ') + 1)); // the value is the last word
    }
}
