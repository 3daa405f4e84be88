namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class SocialInChatScanTests
{
    private static readonly PrivacyScanner Scanner = PrivacyScanner.Create(new PrivacyPolicy { PhoneRegion = "US", PhoneRegions = ["CA", "GB"] });

    [Fact]
    public void An_ssn_in_groups_of_three_two_four_after_my_social_is_reported_as_a_national_identifier_not_a_phone()
    {
        var scan = Scanner.Scan("pls fix my record, my social is 219 44 7310 and my cell is (415) 555-0142");
        var finding = Assert.Single(scan.Findings, f => f.Type == PrivacyTypes.NationalId);
        Assert.DoesNotContain(scan.Findings, f => f.Type == PrivacyTypes.Phone && f.Start == finding.Start);
    }
}
