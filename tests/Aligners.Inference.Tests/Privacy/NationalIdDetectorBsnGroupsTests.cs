namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class NationalIdDetectorBsnGroupsTests
{
    private static readonly NationalIdDetector Detector = new();

    [Theory]
    [InlineData("Uw burgerservicenummer (BSN): 111 222 333 staat op de brief.", "111 222 333")]
    [InlineData("BSN 111.222.333", "111.222.333")]
    [InlineData("bsn: 111-222-333", "111-222-333")]
    public void A_bsn_in_three_groups_of_three_after_its_name_is_found(string text, string value)
    {
        var found = Assert.Single(Detector.Detect(text), e => e.Type == PrivacyTypes.NationalId);
        Assert.Equal(value, text.Substring(found.Start, found.Length));
    }

    [Theory]
    [InlineData("Dossier 111 222 333 is in behandeling.")]
    [InlineData("BSN: 111 222 334")]
    public void Three_groups_without_the_bsn_name_or_failing_the_eleven_proof_are_not_found(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }
}
