namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class VersionPlacesTests
{
    private static readonly PhoneDetector EightRegions = new("US", "CA", "GB", "DE", "FR", "ES", "NL", "AU");
    private static readonly IpAddressDetector Addresses = new();

    [Theory]
    [InlineData("Download agent-9.3.4417.806-win-x64.zip and unpack it.", "9.3.4417.806")]
    [InlineData("apt install ./monitor_6.12.3391.702.deb", "6.12.3391.702")]
    [InlineData("Artifacts live under /dist/7.1.6640.318/ on the mirror.", "7.1.6640.318")]
    [InlineData("9a0c1e55d2b7f34c  runner-10.4.2287.935-macos.pkg", "10.4.2287.935")]
    public void A_four_part_number_glued_into_a_file_or_path_name_is_a_version(string text, string number)
    {
        var at = text.IndexOf(number, StringComparison.Ordinal);

        Assert.True(VersionPlaces.InName(text, at, at + number.Length));
        Assert.DoesNotContain(EightRegions.Detect(text), e => text.Substring(e.Start, e.Length).Contains(number, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Reach the gateway at 10.20.30.44 today.", "10.20.30.44")]
    [InlineData("ping -c 3 172.16.9.21", "172.16.9.21")]
    [InlineData("see http://192.168.7.12/admin", "192.168.7.12")]
    public void A_number_standing_apart_from_any_name_is_no_version_by_place(string text, string number)
    {
        var at = text.IndexOf(number, StringComparison.Ordinal);

        Assert.False(VersionPlaces.InName(text, at, at + number.Length));
        Assert.Single(Addresses.Detect(text));
    }

    [Fact]
    public void A_cell_of_a_plain_table_column_headed_firmware_is_a_version_not_an_address()
    {
        const string text = "Switches:\nname        serial          firmware\nedge-04     KX99120455AB    7.14.60.201\ncore-b      ZT-4410-QQ    4.31.22.118";

        Assert.Empty(Addresses.Detect(text));
        Assert.Empty(EightRegions.Detect(text));
    }

    [Fact]
    public void A_cell_of_a_plain_table_column_headed_address_is_still_an_address()
    {
        const string text = "name        owner           address\nedge-04     netops          10.44.60.201";

        var entity = Addresses.SingleAt(text, "10.44.60.201");

        Assert.Equal(PrivacyTypes.Ip, entity.Type);
    }
}
