namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class SecretNamesTests
{
    [Theory]
    [InlineData("mot_de_passe", true)]
    [InlineData("smtp-mot-de-passe", true)]
    [InlineData("mdp_admin", true)]
    [InlineData("motdepasse", true)]
    [InlineData("mdpx", false)] // a part, not a prefix
    [InlineData("passe_partout", false)]
    public void A_french_password_name_is_read_as_a_whole_part(string word, bool password)
    {
        Assert.Equal(password, SecretNames.NamesPassword(word));
    }

    [Theory]
    [InlineData("clave_api", false, true)] // a key's name with another part: an identifier
    [InlineData("clave", true, true)] // a key's name as a label (clave: ...)
    [InlineData("clé", false, false)] // a key's name in prose: "la clé spécifiée"
    [InlineData("geheim", false, true)] // a secret's name counts as "secret" does
    [InlineData("jeton", false, true)]
    [InlineData("api_schluessel", false, true)]
    [InlineData("cle.api", false, true)]
    [InlineData("enclave", true, false)]
    [InlineData("vehicle_id", true, false)]
    public void A_secrets_name_in_another_language_is_a_part_of_the_identifier(string word, bool labelled, bool secret)
    {
        Assert.Equal(secret, SecretNames.NamesSecret(word, labelled));
    }

    [Theory]
    [InlineData("auth=(\"me\", \"VALUE\")", true)]
    [InlineData("auth = ( 'me' , 'VALUE' )", true)]
    [InlineData("HTTPDigestAuth(\"me\", \"VALUE\")", true)]
    [InlineData("\"credentials\": [\"me\", \"VALUE\"]", true)]
    [InlineData("imap.login(account, 'VALUE')", true)]
    [InlineData("headers=(\"me\", \"VALUE\")", false)]
    [InlineData("auth=(\"VALUE\")", false)] // the first element is the user
    [InlineData("auth=(\"me\", \"x\", \"VALUE\")", false)] // a third element is no password's place
    public void The_second_element_of_a_pair_named_for_authentication_is_a_passwords_place(string text, bool place)
    {
        Assert.Equal(place, SecretNames.SecondOfAuthPair(text, text.IndexOf("VALUE", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("hemlighet")]
    [InlineData("api_hemmelighed")]
    [InlineData("segredo_cliente")]
    [InlineData("sekret")]
    public void A_secrets_name_in_the_other_languages_the_password_words_cover_is_read(string word)
    {
        Assert.True(SecretNames.NamesSecret(word, labelled: true));
    }

    [Theory]
    [InlineData("router: usuario soporte / clave ", "clave", true)]
    [InlineData("usuario: ana; clave: ", "clave", true)]
    [InlineData("la clave del asunto: ", "clave", false)] // no user on the line
    [InlineData("usuario ana\nclave: ", "clave", false)] // the user is on the line before
    [InlineData("usuario ana / token ", "token", false)]
    public void Spanish_clave_after_a_user_on_its_line_is_a_password(string text, string word, bool expected)
    {
        Assert.Equal(expected, SecretNames.PasswordAfterUser(word, text, text.LastIndexOf(word, StringComparison.Ordinal)));
    }
}
