namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class PrivacyFindingTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("audit-key-for-tests");

    private static PrivacyFinding Find(string text) => Assert.Single(PrivacyScanner.Create().Scan(text).Findings);

    [Fact]
    public void Neither_the_log_form_nor_json_shows_the_value()
    {
        var finding = Find("card 4111 1111 1111 1111");

        var json = JsonSerializer.Serialize(finding);

        Assert.DoesNotContain("1111", finding.ToString());
        Assert.DoesNotContain("1111", json);
        Assert.Contains("card", finding.ToString());
    }

    [Fact]
    public void The_fingerprint_is_an_hmac_of_the_normalized_value()
    {
        var spaced = Find("card 4111 1111 1111 1111");
        var together = Find("card 4111111111111111");

        Assert.Equal(spaced.Fingerprint(Key), together.Fingerprint(Key));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(Key, "4111111111111111"u8)), spaced.Fingerprint(Key));
    }

    [Fact]
    public void Another_key_gives_another_fingerprint()
    {
        var finding = Find("write to jane.doe@example.com");

        Assert.NotEqual(finding.Fingerprint(Key), finding.Fingerprint("another key"u8));
        Assert.Equal(Find("write to Jane.Doe@Example.com").Fingerprint(Key), finding.Fingerprint(Key));
    }

    [Fact]
    public void An_empty_key_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Find("jane.doe@example.com").Fingerprint([]));
    }
}
