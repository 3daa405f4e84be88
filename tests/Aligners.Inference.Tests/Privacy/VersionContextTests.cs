namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class VersionContextTests
{
    private static bool IsVersion(string text, string number)
    {
        var context = new VersionContext(text);
        var at = text.IndexOf(number, StringComparison.Ordinal);
        // Earlier four-part numbers are judged first, as the detector reads the text.
        foreach (var (start, length) in FourParts(text).Where(p => p.Start < at))
        {
            context.IsVersion(start, start + length);
        }
        return context.IsVersion(at, at + number.Length);
    }

    private static IEnumerable<(int Start, int Length)> FourParts(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"(?<![\d.v])\d+\.\d+\.\d+\.\d+(?![\d.])").Select(m => (m.Index, m.Length));

    [Theory]
    [InlineData("version 4.1.7.12", "4.1.7.12")]
    [InlineData("Mindestversion des Servers: 4.1.7.12", "4.1.7.12")]
    [InlineData("Upgrade path: 4.18.0.147 → 4.18.2.0 → 5.0.0.12", "5.0.0.12")]
    [InlineData("section 4.3.2.1 of the spec, and 4.3.2.2 for keys", "4.3.2.2")]
    [InlineData("controller 1.10.x; agents older than 1.8.254.3", "1.8.254.3")]
    public void A_number_its_line_shows_as_a_version_is_one(string text, string number)
    {
        Assert.True(IsVersion(text, number));
    }

    [Theory]
    [InlineData("Internet Protocol Version 4, Src: 192.168.32.250", "192.168.32.250")] // the word labels "4", and Src names the address
    [InlineData("version 2.3 running on 10.0.0.5", "10.0.0.5")] // the version word labels 2.3
    [InlineData("version 4.2.1.7 on host 10.20.30.40", "10.20.30.40")]
    [InlineData("peers 10.0.0.5 and 10.0.0.6", "10.0.0.6")]
    public void An_address_beside_a_version_is_no_version(string text, string number)
    {
        Assert.False(IsVersion(text, number));
    }

    [Theory]
    [InlineData("Runtime 6.2.0.4 (build 6.2.0.118), storage driver 1.4.0.2, protocol 3.1.0.0", "1.4.0.2")]
    [InlineData("Extension API 2.0.0.3 ships beside firmware 5.1.4.0", "2.0.0.3")]
    [InlineData("Kernel module 4.0.0.9 needs agent version 4.0.1.0", "4.0.0.9")] // a version labelled later on its line
    public void A_four_part_number_in_a_line_of_versions_is_one_whatever_labels_it(string text, string number)
    {
        Assert.True(IsVersion(text, number));
    }

    [Theory]
    [InlineData("Agent version 2.4.1.0 reports to server 10.40.2.17", "10.40.2.17")] // a machine's word labels it
    [InlineData("plugin 10.40.2.17 and 10.40.2.18", "10.40.2.18")] // no version among the numbers
    [InlineData("build 3.1.0.7 ran on 10.40.2.17", "10.40.2.17")] // one versioned thing named
    public void An_address_in_a_line_with_versions_stays_an_address(string text, string number)
    {
        Assert.False(IsVersion(text, number));
    }
}
