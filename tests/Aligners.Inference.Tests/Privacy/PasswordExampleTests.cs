namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class PasswordExampleTests
{
    private static readonly SecretEntropyDetector Detector = new();

    [Theory]
    [InlineData("Tips for staff: avoid passwords like letmein2024 or your pet's name.")]
    [InlineData("Never use 'Summer2023' as your password.")]
    [InlineData("A weak password, e.g. Welcome123, falls to a dictionary attack in seconds.")]
    [InlineData("Bad example of a password: \"admin2020\" (do not use).")]
    [InlineData("Vermeide schwache Passwörter wie Hallo1234 im Büro.")]
    [InlineData("Évitez les mots de passe faibles, par ex. Bonjour2022.")]
    [InlineData("Password: abcd1234 is too weak for the admin account.")]
    public void A_weak_password_quoted_as_an_example_is_not_a_secret(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("DB_PASSWORD=Welcome123", "Welcome123")] // set in a config
    [InlineData("The guest password is Harbour2024 - please avoid sharing it outside the office.", "Harbour2024")]
    [InlineData("Passwort: Sommer2024! Bitte nicht weitergeben.", "Sommer2024!")]
    public void A_password_given_as_one_is_still_found_beside_advice(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Fact]
    public void A_random_password_after_an_example_word_is_still_found()
    {
        Detector.SingleAt("For example, password: q7$Lm2!xZr9#Tw4", "q7$Lm2!xZr9#Tw4");
    }

    [Theory]
    [InlineData("Both numbers pass their check digit.")]
    [InlineData("The new build should pass the integration suite tonight.")]
    public void Pass_followed_by_ordinary_words_is_the_verb(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Fact]
    public void Pass_as_a_label_still_names_a_password()
    {
        Detector.SingleAt("smtp user: mailer, pass: river-otter-lamp", "river-otter-lamp");
    }
}
