namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class ComponentListTests
{
    private static readonly IpAddressDetector Addresses = new();

    [Theory]
    [InlineData("Packages:\n  openssl     3.14.22.90\n  zlib        1.12.7.4\n")]
    [InlineData("# Modules\ncore\t4.2.19.33\nui\t4.2.19.40")]
    [InlineData("Installierte Komponenten:\n  dienst      6.1.40.2\n  treiber     9.0.3.101")]
    public void Four_part_values_under_a_heading_naming_components_or_packages_are_versions(string text)
    {
        Assert.Empty(Addresses.Detect(text));
    }

    [Fact]
    public void A_four_part_value_beside_values_that_are_plainly_versions_is_a_version()
    {
        const string text = "Status report\n  collector        3.8.12.64\n  kernel           5.15.0-91\n  shell            v2.7.1\nAll good.";
        var at = text.IndexOf("3.8.12.64", StringComparison.Ordinal);

        Assert.True(ComponentList.Holds(text, at, at + "3.8.12.64".Length));
        Assert.Empty(Addresses.Detect(text));
    }

    [Theory]
    [InlineData("Servers:\n  web01       10.12.4.20\n  db01        10.12.4.31\n")]
    [InlineData("Hosts\n  gateway     192.168.40.1\n  printer     192.168.40.77")]
    public void A_list_of_hosts_and_their_addresses_keeps_its_addresses(string text)
    {
        Assert.Equal(2, Addresses.Detect(text).Count());
    }

    [Fact]
    public void A_four_part_number_inside_a_sentence_is_not_read_as_a_list_value()
    {
        const string text = "Packages:\n  the mirror answers at 10.8.2.14 today";
        var at = text.IndexOf("10.8.2.14", StringComparison.Ordinal);

        Assert.False(ComponentList.Holds(text, at, at + "10.8.2.14".Length));
    }

    [Fact]
    public void A_server_line_beside_a_date_keeps_its_address()
    {
        const string text = "Portal access\nUser: kim\nServer: 10.77.3.129\nValid until: 14.05.2027";

        Assert.Single(Addresses.Detect(text));
    }
}
