namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class PasswordRepliesTests
{
    private static readonly CredentialDetector Detector = new();

    [Theory]
    [InlineData("[08:01] Ana: could u send me the guest wifi password\n[08:03] Raj: its Pl4ntKoi9x dont post it", "Pl4ntKoi9x")]
    [InlineData("<tom> whats the pw for the lab printer?\n<eva> it's qW7&nVb!x", "qW7&nVb!x")]
    [InlineData("Kim: anyone know the wlan passwort?\nKim: the one on the sticker\nJo: it is Moor8Brise.", "Moor8Brise")]
    public void A_password_answering_a_question_for_one_is_a_credential(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Theory]
    [InlineData("[08:01] Ana: whats the ticket number?\n[08:03] Raj: its INC4471823")] // the question names no password
    [InlineData("[08:01] Ana: the wifi pw changed today\n[08:03] Raj: its Pl4ntKoi9x now")] // nobody asks
    [InlineData("[08:01] Ana: can u send me the wifi pw\n[08:03] Raj: its on the fridge")] // the answer is no password
    public void Answers_to_no_question_for_a_password_are_no_credential(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }
}
