using Aligners.Inference.Privacy;

namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class TableCountryTests
{
    private const string Table = "| land | id | status |\n|---|---|---|\n| NO | 15088312381 | open |\n| PL | 44051401359 | done |";

    [Theory]
    [InlineData("15088312381", "NO", true)]
    [InlineData("44051401359", "PL", true)]
    [InlineData("15088312381", "PL", false)] // another row's country
    public void A_rows_country_cell_under_an_id_heading_names_the_identifier(string value, string country, bool expected)
    {
        Assert.Equal(expected, TableCountry.Names(Table, Table.IndexOf(value, StringComparison.Ordinal), country));
    }

    [Theory]
    [InlineData("order,country,total\n44051401359,PL,12.00")] // no identifier in the heading
    [InlineData("PL shipment 44051401359 sent")] // no table
    public void A_country_without_an_id_column_names_nothing(string text)
    {
        Assert.False(TableCountry.Names(text, text.IndexOf("4405", StringComparison.Ordinal), "PL"));
    }

    [Fact]
    public void A_line_longer_than_any_tables_row_is_read_no_further_than_a_rows_reach()
    {
        // The country cell stands two thousand characters before the value: too far for one row to hold both.
        var text = "id,country,note\n1,PL," + new string('x', 2000) + ",44051401359";

        Assert.False(TableCountry.Names(text, text.IndexOf("4405", StringComparison.Ordinal), "PL"));
        Assert.True(TableCountry.Names("id,country,note\n44051401359,PL,x", 16, "PL"));
    }
}
