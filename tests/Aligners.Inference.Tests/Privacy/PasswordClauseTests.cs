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
    [InlineData("Das Kennwort für die Buchhaltung ist jetzt Valencia1995$", true)] // a copula and an adverb of time
    [InlineData("the password for the build agent is now Valencia1995$", true)]
    [InlineData("le mot de passe de la base est désormais Valencia1995$", true)]
    [InlineData("la contraseña del router es ahora Valencia1995$", true)]
    [InlineData("The password policy changes now Valencia1995$", false)] // an adverb with no copula before it
    [InlineData("Das Kennwort vom Drucker ist übrigens Valencia1995$", true)] // an aside between the copula and the value
    [InlineData("the password of the shared mailbox is by the way Valencia1995$", true)]
    [InlineData("le mot de passe du NAS est d'ailleurs Valencia1995$", true)]
    [InlineData("het wachtwoord van de router is trouwens Valencia1995$", true)]
    [InlineData("la contraseña del portal es por cierto Valencia1995$", true)]
    [InlineData("The password rules by the way Valencia1995$", false)] // an aside with no copula before it
    public void A_value_after_a_label_or_copula_in_a_password_clause_is_a_password(string text, bool named)
    {
        Assert.Equal(named, PasswordClause.Names(text, text.LastIndexOf(' ') + 1)); // the value is the last word
    }

    [Theory]
    [InlineData("The password for the shared inbox facturation.nord@groupe-exemple.example.fr is Larch5!moss", true)]
    [InlineData("Het wachtwoord van de gedeelde mailbox debiteurenadministratie@bedrijf.example.nl is Larch5!moss", true)]
    [InlineData("Das Passwort für das Postfach buchhaltung.zentrale@firma.example.de lautet Larch5!moss", true)]
    [InlineData("The password for the account of Marie-Claire van den Berghe-Olsen is Larch5!moss", true)] // a name, within reach
    [InlineData("The password was reset. The shared inbox facturation.nord@groupe-exemple.example.fr is Larch5!moss", false)] // another sentence
    [InlineData("Our password manager is great and the shared inbox facturation.nord@groupe-exemple.example.fr will be read by Larch5!moss", false)]
    public void An_address_between_the_password_word_and_its_copula_is_one_word_of_the_clause(string text, bool named)
    {
        Assert.Equal(named, PasswordClause.Names(text, text.LastIndexOf(' ') + 1));
    }

    [Theory]
    [InlineData("Y el código del wifi de la terraza: Brisa19!", true)]
    [InlineData("Notre code wi-fi pour les invités, c'est Brisa19!", true)]
    [InlineData("WLAN-Schlüssel im Lager: Brisa19!", true)]
    [InlineData("The wifi in the lobby is slow today: Brisa19!", false)] // a network, but no key or code
    [InlineData("Il codice del cancello: Brisa19!", false)] // a code, but no network
    public void A_wireless_networks_key_or_code_is_a_password(string text, bool named)
    {
        Assert.Equal(named, PasswordClause.Names(text, text.LastIndexOf(' ') + 1));
    }

    [Theory]
    [InlineData("la password del server è Brisa19!")]
    [InlineData("lösenordet till skrivaren är Brisa19!")]
    [InlineData("hasło do konta: Brisa19!")]
    [InlineData("senha do roteador: Brisa19!")]
    public void Password_words_and_copulas_of_more_european_languages_count(string text)
    {
        Assert.True(PasswordClause.Names(text, text.LastIndexOf(' ') + 1));
    }

    [Theory]
    [InlineData("usuario root, contraseña Brisa19!", true)]
    [InlineData("login admin password Kettle.Moss42", true)]
    [InlineData("wachtwoord Brisa19!", true)]
    [InlineData("the password field Brisa19!", false)] // another word stands between
    [InlineData("passwordless Brisa19!", false)] // not the password word itself
    public void A_password_word_right_before_the_value_names_it_without_a_colon(string text, bool named)
    {
        Assert.Equal(named, PasswordClause.Names(text, text.LastIndexOf(' ') + 1));
    }

    [Theory]
    [InlineData("Geheimnis für die Schnittstelle: Kq2mW9xLp4Tz7Rb1Nc8Vd3Hf6Jg5", true)]
    [InlineData("Le secret du client OAuth : Kq2mW9xLp4Tz7Rb1Nc8Vd3Hf6Jg5", true)]
    [InlineData("The token for the billing service is Kq2mW9xLp4Tz7Rb1Nc8Vd3Hf6Jg5", true)]
    [InlineData("\"refresh_token\":null,\"state\":\"Kq2mW9xLp4Tz7Rb1Nc8Vd3Hf6Jg5\"", false)] // a field of JSON names only itself
    [InlineData("The secret was rotated. Build: Kq2mW9xLp4Tz7Rb1Nc8Vd3Hf6Jg5", false)] // another sentence
    public void A_value_after_a_label_in_a_secrets_clause_is_named_as_a_secret(string text, bool named)
    {
        Assert.Equal(named, PasswordClause.NamesSecret(text, text.IndexOf("Kq2m", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Router setup: WPA2 key Lime7!grove, SSID studio")]
    [InlineData("Netzwerkschlüssel: Linde4$Bank")]
    [InlineData("the network key is Lime7!grove")]
    public void A_wireless_networks_key_by_its_own_name_is_a_password(string text)
    {
        // The value is the word holding the symbol.
        var at = text.LastIndexOf(' ', text.IndexOfAny(['!', '$'])) + 1;
        Assert.True(PasswordClause.Names(text, at));
    }

    [Theory]
    [InlineData("Das Webhook-Token (hook_token) für das gemeinsame Testsystem in Frankfurt am Main ist Kq2mW9xLp4Tz7Rb1Nc8Vd3Hf6Jg5", true)]
    [InlineData("The signing secret (`SIGNING_SECRET`) for the nightly export job is Kq2mW9xLp4Tz7Rb1Nc8Vd3Hf6Jg5", true)]
    [InlineData("Le secret (app.secret) pour la recette est Kq2mW9xLp4Tz7Rb1Nc8Vd3Hf6Jg5", true)]
    [InlineData("El secreto (client-secret) del entorno de pruebas es Kq2mW9xLp4Tz7Rb1Nc8Vd3Hf6Jg5", true)]
    [InlineData("Het geheim (webhook_secret) voor de testomgeving is Kq2mW9xLp4Tz7Rb1Nc8Vd3Hf6Jg5", true)]
    [InlineData("The value (client_secret) for staging is Kq2mW9xLp4Tz7Rb1Nc8Vd3Hf6Jg5", false)] // the secret's word only in code, in brackets
    [InlineData("The secret (see the vault page) for staging is Kq2mW9xLp4Tz7Rb1Nc8Vd3Hf6Jg5", true)] // prose in brackets is the clause's own
    [InlineData("Not the secret (client_secret): the build id is Kq2mW9xLp4Tz7Rb1Nc8Vd3Hf6Jg5", false)] // a denied word still names nothing
    public void A_bracketed_name_in_code_after_a_secrets_word_leaves_the_clause_prose(string text, bool named)
    {
        Assert.Equal(named, PasswordClause.NamesSecret(text, text.IndexOf("Kq2m", StringComparison.Ordinal)));
    }
}
