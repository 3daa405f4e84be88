namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class SlicesTests
{
    private static readonly IpAddressDetector Detector = new();

    [Theory]
    [InlineData("evens = values[0::2]\nodds = values[1::2]")]
    [InlineData("return sum(row[3::4]) + cols()[2::5]")]
    [InlineData("tail := buf[10::3]")]
    public void A_slice_with_a_step_after_a_name_is_no_ip_address(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("curl http://[2001:db8::17]:8080/health", "2001:db8::17")]
    [InlineData("listen [2001:db8::2];", "2001:db8::2")]
    public void An_address_in_brackets_after_no_name_stays_an_ip_address(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }
}
