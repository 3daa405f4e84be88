namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class IniSectionsTests
{
    [Theory]
    [InlineData("[mail]\nhost = smtp.example.net\n; relay\n\npwd = VALUE", true)]
    [InlineData("[mail]\npwd: VALUE", true)]
    [InlineData("[client \"prod\"]\nuser = ana\npwd = \"VALUE\"", true)]
    [InlineData("host = smtp.example.net\npwd = VALUE", false)] // no section's header
    [InlineData("[mail]\nThe relay needs a password.\npwd = VALUE", false)] // prose between: not one file
    [InlineData("[mail]\nsee the docs: pwd = VALUE", false)] // the key is not the line's own
    [InlineData("var x = [1]\npwd = VALUE", false)]
    public void A_keys_value_under_a_section_header_is_in_an_ini_section(string text, bool expected)
    {
        Assert.Equal(expected, IniSections.Holds(text, text.IndexOf("VALUE", StringComparison.Ordinal)));
    }
}
