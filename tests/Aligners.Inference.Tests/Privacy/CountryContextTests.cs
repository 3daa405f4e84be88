namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class CountryContextTests
{
    [Theory]
    [InlineData("FI 240775-219J", "FI", true)]
    [InlineData("(NO: 23049112300)", "NO", true)]
    [InlineData("FI 240775-219J", "SE", false)] // another country's code
    [InlineData("SUOMI 240775-219J", "FI", false)] // the letters end a word, not a code
    [InlineData("fi 240775-219J", "FI", false)] // a code is written in capitals
    [InlineData("FI, then 240775-219J", "FI", false)] // words between
    public void A_bare_code_counts_only_standing_alone_right_before_the_value(string text, string country, bool named)
    {
        Assert.Equal(named, CountryContext.AfterCode(text, text.IndexOf("2", StringComparison.Ordinal), country));
    }

    [Theory]
    [InlineData("{\"id\": \"23049112300\", \"country\": \"NO\"}", "NO", true)]
    [InlineData("{\"country\": \"Norway\", \"document_number\": \"23049112300\"}", "NO", true)]
    [InlineData("{\"country\": \"NO\"}, {\"id\": \"23049112300\"}", "NO", false)] // another record's country
    [InlineData("{\"country\": \"NO\", \"amount\": \"23049112300\"}", "NO", false)] // the key names no identifier
    [InlineData("country=NO tin=23049112300", "NO", true)]
    public void A_records_country_names_the_value_its_identifier_key_labels(string text, string country, bool named)
    {
        Assert.Equal(named, CountryContext.InRecord(text, text.IndexOf("2304", StringComparison.Ordinal), country));
    }

    [Theory]
    [InlineData("Staff export\nFI|Ada Lind|150376-287Y|2024", "150376-287Y", "FI", true)]
    [InlineData("NO;Per Aas;25087112392", "25087112392", "NO", true)]
    [InlineData("| FI | Ada Lind | 150376-287Y |", "150376-287Y", "FI", true)]
    [InlineData("SE|Ada Lind|150376-287Y", "150376-287Y", "FI", false)] // the row is another country's
    [InlineData("note FI|Ada Lind|150376-287Y", "150376-287Y", "FI", false)] // the first cell is more than the code
    [InlineData("FI Ada Lind 150376-287Y", "150376-287Y", "FI", false)] // no delimited row
    public void A_delimited_row_led_by_a_bare_code_names_its_cells_country(string text, string value, string country, bool named)
    {
        Assert.Equal(named, CountryContext.RowLedBy(text, text.IndexOf(value, StringComparison.Ordinal), country));
    }
}
