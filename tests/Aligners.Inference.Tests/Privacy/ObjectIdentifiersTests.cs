namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class ObjectIdentifiersTests
{
    private static readonly IpAddressDetector Detector = new();

    [Theory]
    [InlineData("The subject's title is attribute 2.5.4.12 in the directory schema.")]
    [InlineData("Everything under 1.3.6.1 is the internet subtree.")]
    [InlineData("Query OID 3.6.9.12 for the fan speed.")]
    [InlineData("trap oid=7.14.21.28 received")]
    public void A_four_part_number_with_an_oid_arc_or_after_the_word_oid_is_no_address(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Fact]
    public void An_snmp_commands_oid_after_the_agent_is_no_address_but_the_agent_is()
    {
        var found = Detector.Detect("snmpget -v 2c -c monitor 81.17.40.9 9.8.7.6").ToList();
        Assert.Single(found);
        Assert.Equal(25, found[0].Start);
    }

    [Fact]
    public void An_address_after_other_words_is_still_an_address()
    {
        Assert.Single(Detector.Detect("Route void 81.17.40.9 answered."));
    }
}
