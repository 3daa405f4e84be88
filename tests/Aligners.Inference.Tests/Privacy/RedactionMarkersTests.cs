namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class RedactionMarkersTests
{
    private static readonly CredentialDetector Detector = new();

    [Theory]
    [InlineData("[REDACTED]")]
    [InlineData("<redacted>")]
    [InlineData("(removed)")]
    [InlineData("[hidden]")]
    [InlineData("REDACTED")]
    [InlineData("[FILTERED]")]
    [InlineData("[GESCHWÄRZT]")]
    [InlineData("[ENTFERNT]")]
    [InlineData("[masqué]")]
    [InlineData("(oculto)")]
    [InlineData("[verwijderd]")]
    public void A_word_saying_the_value_was_taken_out_is_a_marker(string value)
    {
        Assert.True(RedactionMarkers.IsMarker(value));
    }

    [Theory]
    [InlineData("Redacted-Tiger-42")] // a word inside a longer value may be part of a password
    [InlineData("[hidden9x]")]
    [InlineData("red")]
    [InlineData("Kx8!fQ2m")]
    public void A_value_that_only_holds_such_a_word_is_no_marker(string value)
    {
        Assert.False(RedactionMarkers.IsMarker(value));
    }

    [Theory]
    [InlineData("push url: https://deploy:[REDACTED]@git.internal.example.org/ops/site.git")]
    [InlineData("DATABASE_URL=postgres://svc:(removed)@db.corp.example.net:5432/app")]
    [InlineData("amqp://worker:[ENTFERNT]@queue.example.de:5672/")]
    public void A_marker_in_a_urls_user_information_is_no_password(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("password: [hidden]")]
    [InlineData("Passwort: [GESCHWÄRZT]")]
    [InlineData("mot de passe : [masqué]")]
    [InlineData("contraseña: [oculto]")]
    [InlineData("db_password = REDACTED")]
    public void A_marker_after_a_password_word_is_no_password(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Fact]
    public void A_real_password_beside_a_redacted_one_is_still_found()
    {
        const string text = "fetch: https://ci:Vq7r-Tm2p-Lx9w@git.example.org/a.git\npush: https://ci:[REDACTED]@git.example.org/a.git";
        Detector.SingleAt(text, "Vq7r-Tm2p-Lx9w");
    }
}
