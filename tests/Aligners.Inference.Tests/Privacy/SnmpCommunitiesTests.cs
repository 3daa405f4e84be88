namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class SnmpCommunitiesTests
{
    private static readonly CredentialDetector Detector = new();

    [Theory]
    [InlineData("snmp-server community harbor_lime19 RW", "harbor_lime19")]
    [InlineData("!\nsnmp-server community Nv7pKq RO 10\n!", "Nv7pKq")]
    [InlineData("# SNMP exporter\nauths:\n  edge_v2:\n    community: tundra.fox33\n    version: 2", "tundra.fox33")]
    public void A_community_string_of_an_snmp_agent_is_a_credential(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Theory]
    [InlineData("snmp-server community public RO")] // the vendors' default
    [InlineData("snmp-server community private RW")]
    [InlineData("snmp:\n  community: \"{{ snmp_community }}\"")] // a template's variable
    [InlineData("community: open-source maintainers")] // no SNMP in the text
    public void Defaults_variables_and_communities_of_people_are_no_credential(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }
}
