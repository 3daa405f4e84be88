namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class UserInformationTests
{
    private static readonly CredentialDetector Credentials = new();
    private static readonly EmailDetector Email = new();

    [Theory]
    [InlineData("amqp://broker:Lantern#42x@mq.internal:5672/vhost", "Lantern#42x")]
    [InlineData("postgresql://etl:K9?fr/2wq@10.2.0.7:5432/warehouse", "K9?fr/2wq")]
    [InlineData("redis://:Moss@Fern#7@cache-01:6379", "Moss@Fern#7")] // an '@' a host does not follow is the password's own
    [InlineData("mongodb+srv://svc:Quill/77#b@shard-0.x1y2z.mongodb.net/?retryWrites=true", "Quill/77#b")]
    [InlineData("ftp://ops:Birch#9@[2001:db8::7]/drop", "Birch#9")]
    public void A_password_runs_to_the_at_sign_before_the_host(string text, string password)
    {
        var found = Assert.Single(Credentials.Detect(text), f => f.Detector == "url-password");
        Assert.Equal(password, text.Substring(found.Start, found.Length));
    }

    [Theory]
    [InlineData("amqp://broker:Lantern#42x@mq.internal:5672/vhost")]
    [InlineData("mongodb+srv://svc:Quill/77#b@shard-0.x1y2z.mongodb.net/?retryWrites=true")]
    [InlineData("smtp://mailer:Ab?cd9@relay.example.org:587")]
    public void The_tail_of_a_password_is_no_address(string text)
    {
        Assert.Empty(Email.Detect(text));
    }

    [Theory]
    [InlineData("https://portal.example.net:8443/invite?to=lena.berg@example.org", "lena.berg@example.org")] // a port, then a query's address
    [InlineData("https://app.example.net/share#to=omar@example.com", "omar@example.com")]
    public void An_address_in_a_urls_path_query_or_fragment_is_still_found(string text, string address)
    {
        Email.SingleAt(text, address);
    }

    [Fact]
    public void A_port_is_no_password()
    {
        Assert.DoesNotContain(Credentials.Detect("see https://portal.example.net:8443/invite?to=lena.berg@example.org"), f => f.Detector == "url-password");
    }

    [Fact]
    public void A_path_after_the_host_does_not_lengthen_the_password()
    {
        var text = "https://deploy:Wr3n#x@git.example.net/docs/team@v2.example.org";
        var found = Assert.Single(Credentials.Detect(text), f => f.Detector == "url-password");
        Assert.Equal("Wr3n#x", text.Substring(found.Start, found.Length));
    }
}
