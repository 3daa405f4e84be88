namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class UrlHostsTests
{
    private static readonly SecretEntropyDetector Detector = new();

    [Theory]
    [InlineData("REDIS_URL=redis://cache:<secret>@127.0.0.1:6380/2")]
    [InlineData("MONGO_URI=mongodb://reporter:<api-token>@mongo-0.svc:27017/metrics?authSource=admin")]
    [InlineData("amqp_url: \"amqp://jobs:<password>@broker.local:5672/vhost\"")]
    public void A_urls_host_after_a_placeholder_password_is_no_secret(string text)
    {
        Assert.DoesNotContain(Detector.Detect(text), e => text[e.Start] == '@');
    }

    [Fact]
    public void The_at_sign_opens_a_host_only_inside_a_url()
    {
        var url = "postgres://app:<token>@db.internal:5432/crm";
        Assert.True(UserInformation.OpensHost(url, url.IndexOf('@')));
        var handle = "token: @release-bot:9000";
        Assert.False(UserInformation.OpensHost(handle, handle.IndexOf('@')));
    }
}
