namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class ProductVersionsTests
{
    private static readonly IpAddressDetector Detector = new();

    [Theory]
    [InlineData("Release history:\n3.1.0.2 — first public build\n3.4.2.9 — security fix")]
    [InlineData("Versionsverlauf\n- 5.0.3.11 – Fehlerbehebung\n- 5.1.0.4 – neue Funktionen")]
    public void A_four_part_number_opening_a_line_under_a_version_history_heading_is_a_version(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("Browser: Firefox 8.31.2.907 on Linux, 1920x1080")]
    [InlineData("User agent says Chrome/7.44.0.19 Safari/537.36")]
    [InlineData("Reproduced in Edge 9.12.5.61 only")]
    public void A_four_part_number_right_after_a_browser_name_is_a_version(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("Router firmware: new build ready (installed 2.7.14.3), reboot required")]
    [InlineData("Update available — latest 8.2.11.40, you have current 7.9.0.22")]
    public void A_four_part_number_after_current_or_installed_in_an_update_notice_is_a_version(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("Firefox crashed when opening http://172.16.8.40/admin", "172.16.8.40")]
    [InlineData("Firmware update failed, current gateway 192.168.44.1", "192.168.44.1")]
    [InlineData("Current address: 10.4.19.7", "10.4.19.7")]
    public void An_address_a_state_word_or_a_browser_does_not_stand_right_before_stays_an_address(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }
}
