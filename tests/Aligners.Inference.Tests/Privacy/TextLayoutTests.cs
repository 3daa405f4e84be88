namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class TextLayoutTests
{
    [Fact]
    public void A_csv_rows_column_is_named_by_its_heading()
    {
        var text = "id;card_number;status\n17;4111111111111111;ok\n18;5555555555554444;ok";
        var layout = TextLayout.Of(text);

        Assert.Equal("card_number", layout.ColumnHeading(text.IndexOf("5555", StringComparison.Ordinal)).ToString());
        Assert.True(layout.InTableRow(text.IndexOf("4111", StringComparison.Ordinal), ';'));
        Assert.Equal("", layout.ColumnHeading(2).ToString()); // the heading itself is no row
    }

    [Fact]
    public void A_line_with_another_number_of_fields_ends_the_table()
    {
        var text = "ssn,first,last\n078-05-1120,Tyler,Brooks\nTotal: 1 row, done\n219-09-9999,Keisha,Monroe";
        var layout = TextLayout.Of(text);

        Assert.Equal("ssn", layout.ColumnHeading(text.IndexOf("078", StringComparison.Ordinal)).ToString());
        Assert.Equal("", layout.ColumnHeading(text.IndexOf("219", StringComparison.Ordinal)).ToString());
    }

    [Fact]
    public void A_list_item_is_introduced_by_the_line_above_its_list()
    {
        var text = "Contractors (Skatteverket):\n- A, 1\n- B, 2\n\nOther text\n- C";
        var layout = TextLayout.Of(text);

        Assert.Equal("Contractors (Skatteverket):", layout.ListIntroduction(text.IndexOf("B, 2", StringComparison.Ordinal)).ToString());
        Assert.Equal("Other text", layout.ListIntroduction(text.IndexOf("- C", StringComparison.Ordinal)).ToString());
        Assert.Equal("", layout.ListIntroduction(0).ToString());
    }

    [Fact]
    public void An_sql_inserts_value_is_named_by_the_column_it_fills()
    {
        var text = "INSERT INTO clients (id, bsn, phone) VALUES (1, '252760189', '020 123 4567');";
        var layout = TextLayout.Of(text);

        Assert.Equal("bsn", layout.ColumnHeading(text.IndexOf("2527", StringComparison.Ordinal)).ToString());
        Assert.Equal("phone", layout.ColumnHeading(text.IndexOf("020", StringComparison.Ordinal)).ToString());
        Assert.True(layout.InTable(text.IndexOf("020", StringComparison.Ordinal)));
        Assert.False(layout.InTable(text.IndexOf("clients", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_markdown_tables_cell_is_named_by_the_heading_above_its_delimiter_row()
    {
        var text = "Staff on call:\n\n| Name | Mobile | Badge |\n| --- | :---: | ---: |\n| Ines | 0612345678 | 4411 |\n| Joost | 0687654321 | 4412 |\n\nDone.";
        var layout = TextLayout.Of(text);

        Assert.Equal("Mobile", layout.ColumnHeading(text.IndexOf("0687", StringComparison.Ordinal)).ToString());
        Assert.Equal("Badge", layout.ColumnHeading(text.IndexOf("4411", StringComparison.Ordinal)).ToString());
        Assert.True(layout.InTableRow(text.IndexOf("0612", StringComparison.Ordinal), '|'));
        Assert.False(layout.InTable(text.IndexOf("Done", StringComparison.Ordinal)));
    }

    [Fact]
    public void Pipes_without_a_delimiter_row_are_no_table()
    {
        var text = "| Name | Mobile |\n| Ines | 0612345678 |";

        Assert.Equal("", TextLayout.Of(text).ColumnHeading(text.IndexOf("0612", StringComparison.Ordinal)).ToString());
    }

    [Fact]
    public void A_psql_tables_cell_is_named_by_the_heading_above_its_rule_line()
    {
        var text = "select * from staff;\n id | login | dept\n----+-------+------\n  3 | mhoff | ops\n(1 row)\nafter | the | table";
        var layout = TextLayout.Of(text);

        Assert.Equal("dept", layout.ColumnHeading(text.IndexOf("ops", StringComparison.Ordinal)).ToString());
        Assert.Equal("", layout.ColumnHeading(text.IndexOf("the", StringComparison.Ordinal)).ToString()); // the footer ended the table
    }

    [Fact]
    public void A_mysql_tables_cell_is_named_by_the_heading_between_its_borders()
    {
        var text = "+----+-------+\n| id | login |\n+----+-------+\n|  3 | mhoff |\n+----+-------+\n1 row in set";
        var layout = TextLayout.Of(text);

        Assert.Equal("login", layout.ColumnHeading(text.IndexOf("mhoff", StringComparison.Ordinal)).ToString());
    }
}
