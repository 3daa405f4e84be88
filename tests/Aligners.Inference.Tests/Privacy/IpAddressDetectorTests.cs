using Aligners.Inference.Privacy;

namespace Aligners.Inference.Tests.Privacy;

public class IpAddressDetectorTests
{
    private static readonly IpAddressDetector Detector = new();

    [Theory]
    [InlineData("client 203.0.113.42 connected", "203.0.113.42")]
    [InlineData("GET / from 198.51.100.7:51234", "198.51.100.7")]
    [InlineData("X-Forwarded-For: 192.0.2.1, 10.0.0.3", "192.0.2.1")]
    [InlineData("peer [2001:db8::8a2e:370:7334]:443", "2001:db8::8a2e:370:7334")]
    [InlineData("addr 2001:0db8:85a3:0000:0000:8a2e:0370:7334.", "2001:0db8:85a3:0000:0000:8a2e:0370:7334")]
    [InlineData("link-local fe80::1ff:fe23:4567:890a%eth0", "fe80::1ff:fe23:4567:890a")]
    [InlineData("mapped ::ffff:192.0.2.128 seen", "::ffff:192.0.2.128")]
    public void An_address_is_found_with_its_exact_span(string text, string expected)
    {
        var entities = Detector.Detect(text).ToList();

        Assert.Contains(entities, e => text.Substring(e.Start, e.Length) == expected && e.Type == PrivacyTypes.Ip);
    }

    [Theory]
    [InlineData("upgrade to 1.2.3 today")]
    [InlineData("OID 1.2.3.4.5 and 1.3.6.1.4.1.311")]
    [InlineData("version 4.0.0.1 of the runtime")]
    [InlineData("Version=4.0.0.0, Culture=neutral")]
    [InlineData("v1.2.3.4 released")]
    [InlineData("build 10.0.19045.3693")]
    [InlineData("at 10:22:31 the job ran")]
    [InlineData("MAC 00:1A:2B:3C:4D:5E")]
    [InlineData("std::vector<int> and Foo::Bar")]
    [InlineData("listen on 127.0.0.1 and 0.0.0.0 and ::1")]
    [InlineData("mask 255.255.255.0 for 10.0.0.0/8")]
    [InlineData("score 256.1.1.1 and 01.2.3.4")]
    [InlineData("System.Runtime.dll|Microsoft.NETCore.App.Ref|8.0.0.0|8.0.3126.42015")]
    [InlineData("multicast 224.0.0.251 and metadata 169.254.169.254")]
    [InlineData("per JSON Schema 2020-12 § 8.2.3.2")]
    public void Versions_times_and_addresses_of_no_one_are_not_found(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }
}
