namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class IpAddressDetectorTests
{
    private static readonly IpAddressDetector Detector = new();

    [Theory]
    [InlineData("client 203.0.113.42 connected", "203.0.113.42")]
    [InlineData("GET / from 198.51.100.7:51234", "198.51.100.7")]
    [InlineData("X-Forwarded-For: 192.0.2.1, 10.0.0.3", "192.0.2.1")]
    [InlineData("peer [2001:db8::8a2e:370:7334]:443", "2001:db8::8a2e:370:7334")]
    [InlineData("addr 2001:0db8:85a3:0000:0000:8a2e:0370:7334.", "2001:0db8:85a3:0000:0000:8a2e:0370:7334")]
    [InlineData("expanded 2001:0db8:0000:0042:0000:8a2e:0370:7334 and more", "2001:0db8:0000:0042:0000:8a2e:0370:7334")]
    [InlineData("gateway 2a02:8071:ab00:3::1 answered", "2a02:8071:ab00:3::1")]
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

    [Theory]
    [InlineData("Address = 10.8.0.2/24", "10.8.0.2")]
    [InlineData("inet 10.93.167.176/24 scope global dynamic eth0", "10.93.167.176")]
    [InlineData("host route 203.0.113.9/32", "203.0.113.9")]
    [InlineData("inet6 2a00:1450:d0a3:79f0::de4b/64 scope global dynamic", "2a00:1450:d0a3:79f0::de4b")]
    [InlineData("- 2001:db8:4f1c:a210::77/128", "2001:db8:4f1c:a210::77")]
    [InlineData("allow 2001:0db8:aaaa:0001:0000:0000:0000:0100/128;", "2001:0db8:aaaa:0001:0000:0000:0000:0100")]
    public void A_hosts_address_with_its_networks_prefix_length_is_the_address(string text, string expected) =>
        Detector.SingleAt(text, expected);

    [Theory]
    [InlineData("address_space = [\"10.40.0.0/16\"]")]
    [InlineData("route 192.168.1.128/25 and broadcast 192.168.1.255/24")]
    [InlineData("prefix 2001:db8::/32")]
    [InlineData("bogus 10.1.2.3/99")]
    public void A_network_or_broadcast_with_a_prefix_length_is_not_an_address(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("link-local fe80::1ff:fe23:4567:890a%eth0 came up")]
    [InlineData("    inet6 fe80::9c3d:41ff:fe07:12ab/64 scope link")]
    [InlineData("neighbour FE80::A1B2:C3D4:E5F6:0718 reachable")]
    [InlineData("peer febf::12 on the segment")]
    public void A_link_local_ipv6_address_is_not_an_address_on_any_line(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Fact]
    public void A_word_naming_the_address_outweighs_a_version_word_earlier_on_the_line()
    {
        var text = "Internet Protocol Version 4, Src: 192.168.32.250, Dst: 81.247.36.219";

        Assert.Equal(2, Detector.Detect(text).Count());
    }

    [Theory]
    [InlineData("Upgrade path: 4.18.0.147 → 4.18.2.0 → 5.0.0.12. Skipping 4.18.1.x is supported.")]
    [InlineData("See section 4.3.2.1 of the spec for retry semantics, and 4.3.2.2 for idempotency keys.")]
    [InlineData("- Mindestversion des Servers: 4.1.7.12")]
    [InlineData("Releasenotes 5.3.0.12: verbeterde zoekfunctie")]
    [InlineData("agent v1.10.100.200 works with controller 1.10.x; agents older than 1.8.254.3 must be upgraded first.")]
    [InlineData("Firmware version 4.2.0.1 fixes the reset; please upgrade from 4.1.9.7 first.")]
    public void Four_part_versions_shown_as_such_by_their_line_are_not_addresses(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Fact]
    public void An_address_after_a_version_on_another_line_or_under_an_address_word_is_found()
    {
        Assert.Single(Detector.Detect("version 4.2.1.7\nserver 10.20.30.40 is up"));
        Assert.Single(Detector.Detect("release 4.2.1.7 deployed to host 10.20.30.40"));
    }

    [Theory]
    [InlineData("# Changelog\n## 3.7.12.4 (2026-01-12)\n- fix: timeouts\n## 3.7.11.9 (2025-12-02)\n- feat: dark mode")]
    [InlineData("Release notes\n- 6.0.4.21: faster sync\n- 6.0.3.17: bug fixes")]
    public void A_four_part_number_opening_a_changelogs_entry_is_a_version(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Fact]
    public void An_address_opening_a_line_of_a_text_that_is_no_changelog_is_found()
    {
        Assert.Equal(2, Detector.Detect("Allowed hosts:\n- 10.42.7.19\n- 172.16.8.201").Count());
    }

    [Theory]
    [InlineData("| Switch | Build |\n| --- | --- |\n| edge-2 | 7.14.203.9 |")]
    [InlineData("Fleet\n\n| Node | Model | Driver version | Notes |\n|:---|:---|---:|---|\n| gpu-a | L4 | 12.4.131.2 | ok |\n| gpu-b | L4 | 12.4.127.5 | ok |")]
    public void A_four_part_number_under_a_markdown_tables_version_heading_is_a_version(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Fact]
    public void An_address_in_a_markdown_table_beside_a_version_column_is_still_found()
    {
        const string text = "| Host | Address | Firmware |\n|---|---|---|\n| rtr-1 | 10.61.4.22 | 4.2.18.7 |";

        Detector.SingleAt(text, "10.61.4.22");
    }
}
