namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class EmailDetectorTests
{
    private static readonly EmailDetector Detector = new();

    [Theory]
    [InlineData("Write to jane.doe@example.com for details.", "jane.doe@example.com")]
    [InlineData("From: \"Max\" <max.mustermann+billing@mail.example.org>", "max.mustermann+billing@mail.example.org")]
    [InlineData("cc:J_Bloggs@EXAMPLE.CO.UK;", "J_Bloggs@EXAMPLE.CO.UK")]
    [InlineData("user=o'brien, email=ola.nordmann@example.net.", "ola.nordmann@example.net")]
    public void An_address_is_found_with_its_exact_span(string text, string expected)
    {
        var entity = Detector.SingleAt(text, expected);

        Assert.Equal(PrivacyTypes.Email, entity.Type);
        Assert.InRange(entity.Confidence, 0.9, 1);
    }

    [Theory]
    [InlineData("Escríbeme a josé.núñez@correo-ejemplo.es cuando puedas.", "josé.núñez@correo-ejemplo.es")]
    [InlineData("Kontakt: jürgen.größer@mailbox.de", "jürgen.größer@mailbox.de")]
    [InlineData("rcpt=<françois_lefèvre77@fournisseur.fr>", "françois_lefèvre77@fournisseur.fr")]
    [InlineData("Пишите на иван.петров@pochta.ru", "иван.петров@pochta.ru")]
    public void An_address_with_an_internationalised_local_part_is_found(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Theory]
    [InlineData("logo@2x.png and icon@3x.webp are the retina assets")]
    [InlineData("git clone git@example.com:team/repo.git")]
    [InlineData("npm install lodash@4.17.21 @types/node@20.11.5")]
    [InlineData("@app.route('/health') def health(): ...")]
    [InlineData("docker pull registry.example.com/app@sha256:2f1d")]
    [InlineData("mention @support or see user@localhost")]
    public void Address_shaped_things_that_are_not_mailboxes_are_left_alone(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("https://ghp_qmSM9wCZ7Uw9xfogoEmvnEN5N1aE6PwZPf1Q@github.com")]
    [InlineData("https://jdoe:ghp_qmSM9wCZ7Uw9xfogoEmvnEN5N1aE6PwZPf1Q@github.com")]
    [InlineData("MONGO_URI=\"mongodb+srv://analytics:QzLduZdauRVj!ZYtn@cluster0.ab1cd.mongodb.net/reports\"")]
    [InlineData("pip install --index-url https://__token__:MraWIO-mM1nNkjN@gitlab.example.com/api/v4/simple pkg")]
    public void The_host_after_a_urls_user_information_is_not_an_address(string text)
    {
        Assert.Empty(new EmailDetector().Detect(text));
    }

    [Theory]
    [InlineData("https://example.com/contact?to=jane.doe@example.org", "jane.doe@example.org")]
    [InlineData("mailto:jane.doe@example.org", "jane.doe@example.org")]
    public void An_address_in_a_urls_path_or_query_is_still_found(string text, string expected)
    {
        var entity = Assert.Single(new EmailDetector().Detect(text));

        Assert.Equal(expected, text.Substring(entity.Start, entity.Length));
    }

    [Theory]
    [InlineData("Message-ID: <5b1e0c2a-77f3-4d0e-9a51-0c3f8e2d4b61@smtp.relay.example.org>")]
    [InlineData("In-Reply-To: <CAF9x2=Qk@mail.example.com>")]
    [InlineData("References: <first.id@lists.example.net>\n <second.id@lists.example.net>")]
    [InlineData("message-id:<20260101.1234@host.example.de>")]
    public void A_message_identifier_in_a_mail_header_is_not_an_address(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Fact]
    public void An_address_in_angle_brackets_on_another_header_is_still_found()
    {
        var text = "Reply-To: <helpdesk.lead@example.org>\nMessage-ID: <abc123@mx.example.org>";

        var entity = Assert.Single(Detector.Detect(text));

        Assert.Equal("helpdesk.lead@example.org", text.Substring(entity.Start, entity.Length));
    }

    [Theory]
    [InlineData("We mailed the reset link to m****n@example.org a minute ago.")]
    [InlineData("Code sent to k•••••l@posteo.example.de")]
    [InlineData("Contact: *@example.com")]
    public void A_masked_address_and_its_visible_tail_are_not_an_address(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("UID:9b2f6c1e-04d7-4a3b-8e15-7f0c2d9a6b48@cal.example.org")]
    [InlineData("X-Object: 5e8c1f0a9d3b7e2c4a6f8b0d1e3c5a7f@objects.example.net")]
    public void A_generated_identifiers_uuid_or_hex_local_part_is_not_a_mailbox(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("mail cafe.bead@example.org", "cafe.bead@example.org")] // hex letters, but a name's
    [InlineData("write to 20240611@uni.example.edu", "20240611@uni.example.edu")] // a student number's mailbox
    public void A_local_part_with_a_few_hex_letters_or_digits_is_still_a_mailbox(string text, string expected)
    {
        var entity = Assert.Single(Detector.Detect(text));

        Assert.Equal(expected, text.Substring(entity.Start, entity.Length));
    }
}
