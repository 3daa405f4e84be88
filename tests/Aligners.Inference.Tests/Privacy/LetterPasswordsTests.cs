namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class LetterPasswordsTests
{
    private static readonly SecretEntropyDetector Detector = new();

    [Theory]
    [InlineData("r!QmTzea%Pw", true)]
    [InlineData("Kraan&Molen$", true)]
    [InlineData("WqLtZmRbEoVnUs", true)] // random letters of both cases
    [InlineData("Welcome!", false)] // a symbol only at the end is the sentence's
    [InlineData("r!qmtzea%pw", false)] // one case only
    [InlineData("Ab!cd", false)] // too short
    [InlineData("Sommer2024!", false)] // digits: Guessable's to judge
    [InlineData("See/Path/Here", false)] // a path
    [InlineData("MyPasswordHere", false)]
    [InlineData("%(SMTP_PASS)s", false)] // a template's slot // words in camel case
    [InlineData("XMLHttpRequest", false)]
    public void A_password_of_letters_has_both_cases_and_a_symbol_inside_or_random_case(string value, bool expected)
    {
        Assert.Equal(expected, LetterPasswords.Looks(value));
    }

    [Theory]
    [InlineData("Het Wi-Fi-wachtwoord voor de vergaderzaal is r!QmTzea%Pw. Netwerk: Zaal-2.", "r!QmTzea%Pw")]
    [InlineData("Het admin-wachtwoord van de router is WqLtZmRbEoVnUs.", "WqLtZmRbEoVnUs")]
    [InlineData("Das WLAN-Passwort im Büro lautet Kraan&Molen$ seit Montag.", "Kraan&Molen$")]
    [InlineData("Le mot de passe Wi-Fi de l'accueil est r!QmTzea%Pw.", "r!QmTzea%Pw")]
    [InlineData("La contraseña del wifi de invitados es Kraan&Molen$.", "Kraan&Molen$")]
    [InlineData("Gäste-WLAN-Kennwort: WqLtZmRbEoVnUs", "WqLtZmRbEoVnUs")]
    [InlineData("wifi password: r!QmTzea%Pw", "r!QmTzea%Pw")]
    public void A_password_word_in_a_compound_names_a_password_without_digits(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Theory]
    [InlineData("Het Wi-Fi-netwerk voor gasten is GastenNet!Zaal.")] // no password word
    [InlineData("Password: Welcome!")] // a word and the sentence's mark
    [InlineData("Het wachtwoord stel je in via PowerShell.")] // a name in camel case
    public void Words_and_names_in_camel_case_are_not_passwords_of_letters(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }
}
