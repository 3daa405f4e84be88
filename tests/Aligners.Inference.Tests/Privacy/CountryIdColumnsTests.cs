namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class CountryIdColumnsTests
{
    private static readonly NationalIdDetector Detector = new();

    [Theory]
    [InlineData("be_id", "BE", true)]
    [InlineData("\"ID_BE\"", "BE", true)]
    [InlineData("se-nid", "SE", true)]
    [InlineData("be_id", "NL", false)] // another country's column
    [InlineData("bed_id", "BE", false)]
    [InlineData("order_id", "BE", false)]
    public void A_column_named_by_a_countrys_code_names_that_countrys_identifier(string heading, string country, bool names)
    {
        Assert.Equal(names, CountryIdColumns.Names(heading, country));
    }

    [Fact]
    public void A_value_in_an_insert_under_a_country_coded_column_is_read_by_that_countrys_check()
    {
        // 93.05.18-223.61 passes the Belgian check (97 - 930518223 mod 97 = 61).
        var text = "INSERT INTO clients (id, nom, be_id) VALUES (12, 'Jan Peeters', '93.05.18-223.61');";

        Detector.SingleAt(text, "93.05.18-223.61");
    }

    [Theory]
    [InlineData("Name | Personnummer | Telefon\n---|---|---\nAnna Berg | 198112189876 | 070-000 00 00\nJon Ek | 8112189876 | 070-000 00 01", 2)]
    [InlineData("Name | Ordernummer\n---|---\nAnna Berg | 8112189876", 0)] // another column's ten digits
    public void Values_under_a_markdown_column_without_outer_pipes_are_named_by_its_heading(string text, int expected)
    {
        Assert.Equal(expected, Detector.Detect(text).Count());
    }
}
